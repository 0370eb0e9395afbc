#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace care::ui {

// The message lines of a dialog's inputs, by the field names core's errors
// use: an Error whose field is one of them shows under that input (red
// border, focus); "subjects[2]" belongs to "subjects".
class FieldErrors {
public:
    explicit FieldErrors(QWidget *owner) : m_owner(owner) {}

    // The input (or `shown`, e.g. the input with its buttons) with its
    // message line under it, as one cell of a form.
    QWidget *cell(const QString &field, QWidget *input, QWidget *shown = nullptr);
    // True when the error's field is one of ours and it is shown there.
    bool show(const Error &error);
    void clear();
    QString message(const QString &field) const;  // empty when none is shown

    // "subjects[2]" → "subjects"; -1 when the field has no index.
    static QString baseField(const QString &field, int *index = nullptr);

private:
    struct Field {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
    };
    QWidget *m_owner;
    QHash<QString, Field> m_fields;
};

}  // namespace care::ui
