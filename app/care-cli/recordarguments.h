#pragma once

#include "commandline.h"

#include "security/roles.h"
#include "security/session.h"
#include "services/databasehandle.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QString>

#include <functional>
#include <optional>

namespace care::cli {

// What a "… STUDENT" command shows of one student: JSON and text.
struct StudentRecords {
    QJsonDocument json;
    QString text;
};
using StudentRecordsReader
        = std::function<Result<StudentRecords>(Database &db, const Session &session, const QString &studentId)>;

// A service's answer as StudentRecords through a printer's JSON and text
// functions, or the service's error.
template <typename Rows, typename ToJson, typename ToText>
Result<StudentRecords> studentRecords(const Result<Rows> &rows, ToJson toJson, ToText toText)
{
    if (!rows)
        return rows.error();
    return StudentRecords{QJsonDocument(toJson(rows.value())), toText(rows.value())};
}

// Arguments the record commands (screen, attendance, grades, behaviour,
// risk explain) share: the student, the term and dates. Each returns nullopt with the
// message printed and *exitCode set when the argument is wrong.
class RecordArguments {
    Q_DECLARE_TR_FUNCTIONS(RecordArguments)
public:
    static QCommandLineOption termOption();  // --term 1/2568

    // The STUDENT argument (record id, national ID number or G-code), then
    // core's answer whether the user may take `action` on its `section`
    // (refused: exit 3, naming nothing of the record).
    static std::optional<QString> student(Database &db, const Session &session, const QString &text, Action action,
                                          Section section, int *exitCode);
    // The whole of "COMMAND --db FILE [--json] STUDENT" (command: "grades
    // list", "risk explain" …): sign in, the student viewed in `section`,
    // then what `read` gives (its error: exit 2).
    static int showForStudent(const QStringList &arguments, const QString &command, const QString &description,
                              Section section, const StudentRecordsReader &read);
    // --term "N/YYYY": term N of academic year YYYY (Buddhist Era).
    static std::optional<QString> term(Database &db, const Session &session, const CommandLine &commandLine,
                                       int *exitCode);
    // A required date option through the one date parser (so "25/11/2569" is Buddhist Era).
    static std::optional<QDate> date(const CommandLine &commandLine, const QString &name, int *exitCode);
    // A required whole number from min to max.
    static std::optional<int> number(const CommandLine &commandLine, const QString &name, int min, int max,
                                     int *exitCode);
};

}  // namespace care::cli
