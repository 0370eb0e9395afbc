#pragma once

#include "util/result.h"

#include <QGroupBox>
#include <QList>
#include <QStringList>

class QBoxLayout;
class QFormLayout;
class QLabel;

namespace care::ui {

// A titled group of form rows that shows validation messages where they
// belong: when a record's validation names a row's field (Error::field),
// that row's input gets a red border and the message appears under it.
// Messages appear once the user has touched the field (or asked to save),
// so an empty new form is not covered in red.
class FormSection : public QGroupBox {
    Q_OBJECT
public:
    explicit FormSection(QWidget *parent = nullptr);

    // Adds "label: input" with an error line under the input. `field` is the
    // name core's validators use; `shown` is what goes into the layout when
    // it is more than the input itself (input plus a unit, say).
    void addRow(QFormLayout *layout, const QString &field, QWidget *input, QWidget *shown = nullptr);
    // The same without a label, for an input as wide as the section (a table).
    void addWideRow(QBoxLayout *layout, const QString &field, QWidget *input);
    void setRowLabel(const QString &field, const QString &text);
    void setRowVisible(const QString &field, bool visible);

    // Shows the errors this section owns and returns the ones it does not.
    virtual QList<Error> showErrors(const QList<Error> &errors);
    // Labels of fields with an error not shown yet because they are untouched.
    QStringList pendingFields() const { return m_pending; }
    void markAllTouched();

    // Problems found while reading the inputs themselves (text that is not a
    // date or a number), which the record's validation cannot see.
    virtual QList<Error> inputErrors() const { return {}; }

signals:
    void edited();  // the user changed something in this section

protected:
    // Call for user edits of inputs addRow() cannot watch on its own.
    void noteEdit(const QString &field);
    // While loading, changes made by code do not count as user edits.
    class Loading {
    public:
        explicit Loading(FormSection &section) : m_section(section), m_was(section.m_loading)
        {
            section.m_loading = true;
        }
        ~Loading() { m_section.m_loading = m_was; }
        Loading(const Loading &) = delete;
        Loading &operator=(const Loading &) = delete;

    private:
        FormSection &m_section;
        bool m_was;
    };
    bool isLoading() const { return m_loading; }
    // Shows or clears one row's message (for sections with their own rules).
    void showRowError(const QString &field, const QString &message);

private:
    struct Row {
        QString field;
        QLabel *label = nullptr;
        QWidget *input = nullptr;
        QLabel *error = nullptr;
        bool touched = false;
    };
    Row *row(const QString &field);
    QWidget *makeCell(Row &r, QWidget *shown);
    void watch(const QString &field, QWidget *input);

    QList<Row> m_rows;
    QStringList m_pending;
    bool m_loading = false;
};

// A label as text for a sentence: without its mnemonic, in either
// convention ("&Name" or "ชื่อ (&N)"), and without a trailing colon.
QString plainLabel(QString label);

// Marks an input as invalid (red border) or not; used by FormSection and
// by widgets with their own error lines.
void setInvalid(QWidget *input, bool invalid);
// A hidden red, word-wrapped label for one field's message.
QLabel *makeErrorLabel(const QString &field, QWidget *parent);

} // namespace care::ui
