#pragma once

#include "services/studentservice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace care::ui {

// Fields of a student's record named as the student form shows them, in
// the user's language, for messages about fields changed since.
struct RecordFieldText {
    Q_DECLARE_TR_FUNCTIONS(RecordFieldText)
public:
    // "First name (Thai)", "Household: Monthly income (baht)",
    // "Phone (guardian บุญมี ใจดี)". Guardians are named from the first of
    // `records` that has them.
    static QString label(const RecordField &field, const QList<const StudentRecord *> &records);
    // Several labels in one line, each once.
    static QString list(const QList<RecordField> &fields, const QList<const StudentRecord *> &records);
    // `message` and, when there are any, the line naming the fields changed since.
    static QString withFields(const QString &message, const QList<RecordField> &fields,
                              const QList<const StudentRecord *> &records);
};

}  // namespace care::ui
