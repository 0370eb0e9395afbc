#include "democommand.h"

#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "progressline.h"
#include "texttable.h"

#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "locale/language.h"

#include <QDir>
#include <QFileInfo>

#include <limits>

namespace care::cli {
namespace {

constexpr qint64 kMaxStudents = 1'000'000;
constexpr qint64 kFirstYearBe = 2500;
constexpr qint64 kLastYearBe = 2700;

void printSummary(const QString &path, const demo::DemoSummary &summary)
{
    const QLocale locale = localeFor(currentLanguage());
    auto number = [&locale](qint64 n) { return locale.toString(n); };
    TextTable table;
    table.addRow({DemoCommand::tr("Schools:"), number(summary.schools)});
    table.addRow({DemoCommand::tr("Classrooms:"), number(summary.classrooms)});
    table.addRow({DemoCommand::tr("Students:"), number(summary.students)});
    table.addRow({DemoCommand::tr("Guardians:"), number(summary.guardians)});
    table.addRow({DemoCommand::tr("Households:"), number(summary.households)});
    table.addRow({DemoCommand::tr("Attendance records:"), number(summary.attendanceRecords)});
    table.addRow({DemoCommand::tr("Academic records:"), number(summary.academicRecords)});
    table.addRow({DemoCommand::tr("Screening results (SDQ):"), number(summary.screeningResults)});
    table.addRow({DemoCommand::tr("Behaviour incidents:"), number(summary.behaviourIncidents)});
    table.addRow({DemoCommand::tr("Daily absences and late arrivals:"), number(summary.dailyAbsences)});
    table.addRow({DemoCommand::tr("Risk levels in the history:"), number(summary.riskAssessments)});
    table.addRow({DemoCommand::tr("Students at risk now:"), number(summary.studentsAtRisk)});
    table.addRow({DemoCommand::tr("Students with a problem now:"), number(summary.studentsWithProblem)});
    table.addRow({DemoCommand::tr("Time:"),
                  DemoCommand::tr("%1 seconds").arg(locale.toString(summary.elapsedMs / 1000.0, 'f', 1))});
    Console::outLine(DemoCommand::tr("Created the demo database %1").arg(QDir::toNativeSeparators(path)));
    Console::out(table.render(QStringLiteral("  ")));
}

// Every demo database has the same documented accounts, all with one password.
void printAccounts()
{
    TextTable table;
    table.setHeader({DemoCommand::tr("User"), DemoCommand::tr("Role"), DemoCommand::tr("School"),
                     DemoCommand::tr("Reaches")});
    for (const demo::DemoAccount &account : demo::demoAccounts())
        table.addRow({account.username, label(account.role),
                      account.schoolCode.isEmpty() ? QStringLiteral("-") : account.schoolCode, account.scope});
    Console::outLine();
    Console::outLine(DemoCommand::tr("Accounts, all with the password “%1” (sign in with CARE_USER and "
                                     "CARE_PASSWORD):")
                         .arg(QString::fromLatin1(demo::kDemoPassword)));
    Console::out(table.render(QStringLiteral("  ")));
}

} // namespace

int DemoCommand::run(const QStringList &arguments)
{
    const demo::DemoOptions defaults;
    CommandLine commandLine(
        QStringLiteral("demo"), QStringLiteral("--db FILE [--students N] [--seed S] [--year BE]"),
        tr("Creates a new Care database with made-up schools, students, guardians, households, attendance, "
           "grades, SDQ screening results, behaviour incidents and risk levels with their history, for trying "
           "Care out. The same options always give the same data. An existing file is never overwritten."));
    commandLine.addOption(QCommandLineOption(QStringLiteral("db"), tr("The new database file (must not exist)."),
                                             QStringLiteral("FILE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("students"),
                                             tr("Number of students, 1 to 1,000,000 (default %1).")
                                                 .arg(defaults.students),
                                             QStringLiteral("N")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("seed"),
                                             tr("Seed for the made-up data, a whole number from 0 (default %1).")
                                                 .arg(defaults.seed),
                                             QStringLiteral("S")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("year"),
                                             tr("The current academic year in Buddhist Era, e.g. 2569 "
                                                "(default: this year)."),
                                             QStringLiteral("BE")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("db")))
        return commandLine.usageError(tr("Missing option --db FILE: where to create the demo database."));

    int exitCode = ExitOk;
    demo::DemoOptions options;
    const auto students = commandLine.integerValue(QStringLiteral("students"), defaults.students, 1, kMaxStudents,
                                                   &exitCode);
    if (!students)
        return exitCode;
    const auto year = commandLine.integerValue(QStringLiteral("year"), defaults.currentYearBe, kFirstYearBe,
                                               kLastYearBe, &exitCode);
    if (!year)
        return exitCode;
    options.students = int(*students);
    options.currentYearBe = int(*year);
    if (commandLine.isSet(QStringLiteral("seed"))) {
        const QString text = commandLine.value(QStringLiteral("seed")).trimmed();
        bool ok = false;
        options.seed = text.startsWith(QLatin1Char('-')) ? 0 : text.toULongLong(&ok);
        if (!ok) {
            Console::errLine(tr("Invalid value “%1” for --seed: give a whole number from 0 to %2.")
                                 .arg(text)
                                 .arg(std::numeric_limits<std::uint64_t>::max()));
            return ExitInvalidInput;
        }
    }

    const QString path = commandLine.value(QStringLiteral("db"));
    if (QFileInfo(path).isDir()) {
        Console::errLine(tr("The path is a folder; give the name of a new database file. [%1]")
                             .arg(QDir::toNativeSeparators(path)));
        return ExitFileProblem;
    }
    if (QFileInfo::exists(path)) {
        Console::errLine(tr("The file already exists; demo data is only written to a new file. Choose another "
                            "name or remove the file first. [%1]")
                             .arg(QDir::toNativeSeparators(path)));
        return ExitFileProblem;
    }

    ProgressLine progressLine(tr("Generating demo data: %1%"));
    demo::DemoProgress progress;
    if (ProgressLine::wanted())
        progress = [&progressLine](int done, int total) {
            progressLine.update(done, total);
            return true;
        };
    const Result<demo::DemoSummary> summary = demo::generate(path, options, progress);
    progressLine.finish();
    if (!summary) {
        Console::errLine(tr("The demo database was not created: %1").arg(summary.error().describe()));
        return ExitFileProblem;
    }
    printSummary(path, summary.value());
    printAccounts();
    return ExitOk;
}

} // namespace care::cli
