#include "studentscommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "studentlookup.h"
#include "studentprinter.h"
#include "subcommands.h"

#include "io/studentjson.h"
#include "services/schooldirectory.h"
#include "services/studentdirectory.h"
#include "services/studentservice.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace care::cli {
namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100'000;

int databaseError(const Error &error) { return CommandSupport::fail(error, ExitFileProblem); }

} // namespace

int StudentsCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("students"), arguments,
                                 {{QStringLiteral("search"), search}, {QStringLiteral("show"), show}}, printHelp);
}

int StudentsCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli students search|show --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  search  Find students by name, nickname, ID number or student number."));
    Console::outLine(tr("  show    Show one student's record."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli students search --help” or “care-cli students show --help” for their "
                        "options."));
    return ExitOk;
}

int StudentsCommand::search(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("students search"),
                            QStringLiteral("--db FILE [--json] [--school CODE] [--status CODE] [--limit N] [QUERY]"),
                            tr("Finds students whose name, nickname, ID number or student number contains QUERY "
                               "(at least 3 characters match anywhere; 1–2 characters match the start). Without "
                               "QUERY, lists the students that match the other options, in name order."));
    commandLine.addPositional(QStringLiteral("QUERY"), tr("Text to look for, e.g. part of a surname."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("school"), tr("Only this school (its 8-digit code)."),
                                             QStringLiteral("CODE")));
    QStringList statusCodes;
    for (StudentStatus status : allValues<StudentStatus>())
        statusCodes << code(status);
    commandLine.addOption(QCommandLineOption(QStringLiteral("status"),
                                             tr("Only students with this status: %1.")
                                                 .arg(statusCodes.join(QStringLiteral(", "))),
                                             QStringLiteral("CODE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("limit"),
                                             tr("At most N students (default %1).").arg(kDefaultLimit),
                                             QStringLiteral("N")));
    if (const auto exitNow = commandLine.parse(arguments, 0, -1))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("db")))
        return commandLine.usageError(tr("Missing option --db FILE."));

    int exitCode = ExitOk;
    const auto limit = commandLine.integerValue(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit, &exitCode);
    if (!limit)
        return exitCode;
    StudentQuery filter;
    filter.text = commandLine.positional().join(QLatin1Char(' '));
    if (commandLine.isSet(QStringLiteral("status"))) {
        const QString statusCode = commandLine.value(QStringLiteral("status")).trimmed();
        filter.status = fromCode<StudentStatus>(statusCode);
        if (!filter.status) {
            Console::errLine(tr("Unknown status “%1”; use one of: %2.")
                                 .arg(statusCode, statusCodes.join(QStringLiteral(", "))));
            return ExitInvalidInput;
        }
    }

    const DatabasePtr db = CommandSupport::openDatabase(commandLine, &exitCode);
    if (!db)
        return exitCode;
    const std::optional<Session> session = CommandSupport::signIn(*db, &exitCode);
    if (!session)
        return exitCode;
    const SchoolDirectory schools(*db, Clock::system());
    if (commandLine.isSet(QStringLiteral("school"))) {
        const QString schoolCode = commandLine.value(QStringLiteral("school")).trimmed();
        auto all = schools.schools(*session);
        if (!all)
            return databaseError(all.error());
        for (const School &school : all.value())
            if (school.code == schoolCode)
                filter.schoolId = school.id;
        if (filter.schoolId.isEmpty()) {
            Console::errLine(tr("No school in this database has the code “%1”.").arg(schoolCode));
            return ExitInvalidInput;
        }
    }
    // The class shown is the one of the newest academic year.
    auto year = schools.currentAcademicYear(*session);
    if (!year)
        return databaseError(year.error());
    if (year.value())
        filter.academicYearId = year.value()->id;

    // Only the students this user reaches, as in the app's list.
    const StudentDirectory directory(*db, Clock::system());
    auto total = directory.count(*session, filter);
    if (!total)
        return databaseError(total.error());
    auto rows = directory.page(*session, filter, StudentSort::Name, true, 0, int(*limit));
    if (!rows)
        return databaseError(rows.error());

    if (commandLine.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StudentListRow &row : rows.value())
            array.append(studentListRowToJson(row));
        CommandSupport::printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (rows->isEmpty()) {
        Console::outLine(tr("No student matches."));
        return ExitOk;
    }
    Console::out(StudentPrinter::searchTable(rows.value()));
    if (total.value() > rows->size())
        Console::outLine(tr("Showing %1 of %2 students; use --limit to see more.")
                             .arg(rows->size())
                             .arg(total.value()));
    else
        Console::outLine(tr("%n student(s).", nullptr, int(rows->size())));
    return ExitOk;
}

int StudentsCommand::show(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("students show"), QStringLiteral("--db FILE [--json] ID"),
                            tr("Shows one student's record: identity, guardians, household, enrollment history, "
                               "and attendance and grades per term."));
    commandLine.addPositional(QStringLiteral("ID"),
                              tr("The record id, or the national ID number or G-code (dashes allowed)."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 1, 1))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("db")))
        return commandLine.usageError(tr("Missing option --db FILE."));

    int exitCode = ExitOk;
    const DatabasePtr db = CommandSupport::openDatabase(commandLine, &exitCode);
    if (!db)
        return exitCode;
    const std::optional<Session> session = CommandSupport::signIn(*db, &exitCode);
    if (!session)
        return exitCode;
    const auto found = StudentLookup::find(*db, *session, commandLine.positional().constFirst(), &exitCode);
    if (!found)
        return exitCode;
    const QString studentId = *found;
    // Refusals (exit 3) say what was refused and why, nothing of the record.
    if (!CommandSupport::allowed(*db, *session, Action::View, Section::Identity, studentId, &exitCode))
        return exitCode;
    auto profile = StudentService(*db, Clock::system()).profile(*session, studentId);
    if (!profile)
        return databaseError(profile.error());
    if (commandLine.isSet(QStringLiteral("json")))
        CommandSupport::printJson(QJsonDocument(studentProfileToJson(profile.value())));
    else
        Console::out(StudentPrinter::profile(profile.value(), Clock::system().today()));
    return ExitOk;
}

} // namespace care::cli
