#include "recordarguments.h"

#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "studentlookup.h"

#include "locale/dates.h"
#include "services/schooldirectory.h"
#include "util/clock.h"

#include <QRegularExpression>

namespace care::cli {

QCommandLineOption RecordArguments::termOption()
{
    return QCommandLineOption(QStringLiteral("term"),
                              tr("The term as number/academic year (Buddhist Era), e.g. 1/2568."),
                              QStringLiteral("N/YEAR"));
}

std::optional<QString> RecordArguments::student(Database &db, const Session &session, const QString &text,
                                                Action action, Section section, int *exitCode)
{
    const auto found = StudentLookup::find(db, session, text, exitCode);
    if (!found)
        return std::nullopt;
    if (!CommandSupport::allowed(db, session, action, section, *found, exitCode))
        return std::nullopt;
    return found;
}

std::optional<QString> RecordArguments::term(Database &db, const Session &session, const CommandLine &commandLine,
                                             int *exitCode)
{
    if (!commandLine.isSet(QStringLiteral("term"))) {
        *exitCode = commandLine.usageError(tr("Missing option --term N/YEAR."));
        return std::nullopt;
    }
    const QString text = commandLine.value(QStringLiteral("term")).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^([1-3])\\s*/\\s*(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        Console::errLine(tr("Invalid term “%1”: write the term number and the academic year in Buddhist Era, e.g. "
                            "1/2568.")
                                 .arg(text));
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    auto term = SchoolDirectory(db, Clock::system()).term(session, match.captured(2).toInt(), match.captured(1).toInt());
    if (!term) {
        *exitCode = CommandSupport::fail(term.error(), ExitFileProblem);
        return std::nullopt;
    }
    if (!term.value()) {
        Console::errLine(tr("This database has no term %1.").arg(text));
        *exitCode = ExitInvalidInput;
        return std::nullopt;
    }
    return term.value()->term.id;
}

std::optional<QDate> RecordArguments::date(const CommandLine &commandLine, const QString &name, int *exitCode)
{
    if (!commandLine.isSet(name)) {
        *exitCode = commandLine.usageError(tr("Missing option --%1 DATE.").arg(name));
        return std::nullopt;
    }
    const QString text = commandLine.value(name);
    const Result<QDate> date = parseDate(text);
    if (date)
        return date.value();
    Console::errLine(tr("Invalid date “%1” for --%2: %3").arg(text, name, date.error().message));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

std::optional<int> RecordArguments::number(const CommandLine &commandLine, const QString &name, int min, int max,
                                           int *exitCode)
{
    if (!commandLine.isSet(name)) {
        *exitCode = commandLine.usageError(tr("Missing option --%1 N.").arg(name));
        return std::nullopt;
    }
    const auto value = commandLine.integerValue(name, 0, min, max, exitCode);
    if (!value)
        return std::nullopt;
    return int(*value);
}

int RecordArguments::showForStudent(const QStringList &arguments, const QString &command, const QString &description,
                                    Section section, const StudentRecordsReader &read)
{
    CommandLine commandLine(command, QStringLiteral("--db FILE [--json] STUDENT"), description);
    commandLine.addPositional(QStringLiteral("STUDENT"),
                              tr("The record id, or the national ID number or G-code (dashes allowed)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, std::nullopt, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto studentId = student(*signedIn->db, signedIn->session, commandLine.positional().constFirst(),
                                   Action::View, section, &exitCode);
    if (!studentId)
        return exitCode;
    auto records = read(*signedIn->db, signedIn->session, *studentId);
    if (!records)
        return CommandSupport::fail(records.error(), ExitFileProblem);
    if (commandLine.isSet(QStringLiteral("json")))
        CommandSupport::printJson(records->json);
    else
        Console::out(records->text);
    return ExitOk;
}

}  // namespace care::cli
