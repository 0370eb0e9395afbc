#include "generalhelp.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"

namespace care::cli {
namespace {
constexpr int kHelpWidth = 80;
}

int GeneralHelp::printHelp()
{
    // Long synopses: each on its own line, its description indented below.
    const QList<QPair<QString, QString>> commands = {
            {QStringLiteral("demo --db FILE [--students N] [--seed S] [--year BE]"),
             tr("Create a new database filled with realistic demo data.")},
            {QStringLiteral("students search --db FILE [--json] [--school CODE] [--status CODE] [--limit N] [QUERY]"),
             tr("Find students by name, nickname, ID number or student number.")},
            {QStringLiteral("students show --db FILE [--json] ID"),
             tr("Show one student's record (ID: record id, national ID number or G-code).")},
            {QStringLiteral("validate-id VALUE"), tr("Check a national ID number or G-code.")},
            {QStringLiteral("users add|list|disable|enable|reset-password --db FILE …"),
             tr("Manage user accounts (administrator; director for their school).")},
            {QStringLiteral("users password --db FILE"), tr("Change your own password.")},
            {QStringLiteral("audit verify --db FILE"),
             tr("Check that no audit event was changed or deleted (no sign-in needed).")},
            {QStringLiteral("audit list --db FILE [--student ID] [--user U] [--action A] [--from DATE] [--to DATE] "
                            "[--json]"),
             tr("List audit events: who did or viewed what, and when.")},
            {QStringLiteral("backup --db FILE --out FILE"), tr("Write a checked backup of the database.")},
            {QStringLiteral("restore --db FILE --from BACKUP [--dry-run] [--yes]"),
             tr("Show a backup's preview and restore it (--dry-run: only check the backup).")},
            {QStringLiteral("retention run --db FILE [--dry-run] [--json]"),
             tr("Anonymise students who left school longer ago than the retention period.")},
            {QStringLiteral("export subject --db FILE --student ID --out DIR"),
             tr("Write everything held about one student as JSON and PDF (PDPA subject access).")},
            {QStringLiteral("score --instrument ID [--band-set NAME] --answers LIST [--impact LIST] [--json]"),
             tr("Score one questionnaire (e.g. the SDQ) and show every score and band; no database needed.")},
            {QStringLiteral("instruments list [--json]"),
             tr("List the questionnaires and checklists Care can score, and any instrument file that is broken.")},
            {QStringLiteral("instruments import-wording --db FILE WORDING_FILE"),
             tr("Install the licensed wording of questionnaires from a wording file.")},
            {QStringLiteral("screen import --db FILE CSV"),
             tr("Record screening answers in bulk from a CSV file (all rows or none).")},
            {QStringLiteral("screen list --db FILE [--json] STUDENT"), tr("Show a student's screening results.")},
            {QStringLiteral("attendance set|list --db FILE …"), tr("Record or show a student's attendance per term.")},
            {QStringLiteral("grades set|list --db FILE …"),
             tr("Record or show a student's GPA and failing marks (0, ร, มส) per term.")},
            {QStringLiteral("behaviour add|list --db FILE …"), tr("Record or show a student's behaviour incidents.")},
            {QStringLiteral("risk recompute --db FILE"),
             tr("Recompute every student's risk levels with the rules in force.")},
            {QStringLiteral(
                     "risk list --db FILE [--level problem|at-risk] [--school CODE] [--newly-since DATE | --rose | "
                     "--no-case] [--json]"),
             tr("List students at risk or with a problem, and the worklists.")},
            {QStringLiteral("risk explain --db FILE [--json] STUDENT"),
             tr("Show a student's risk levels per domain with the reasons in words.")},
            {QStringLiteral("risk whatif --db FILE RULES.json"),
             tr("Count per school who would move between levels under other risk rules.")},
            {QStringLiteral("risk rules show|activate --db FILE …"),
             tr("Show the risk rules in force, or activate others.")},
    };
    QString commandList;
    for (const auto &[synopsis, description] : commands)
        commandList += QStringLiteral("  ") + synopsis + QLatin1Char('\n')
                       + TextTable::wrap(description, kHelpWidth, QStringLiteral("      "));

    TextTable general;
    general.addRow({QStringLiteral("-h, --help"), tr("Show this help; after a command, that command's help.")});
    general.addRow({QStringLiteral("-v, --version"), tr("Show the version.")});
    general.addRow({QStringLiteral("--lang th|en"),
                    tr("Language of messages and dates (default: from LC_ALL, LC_MESSAGES or LANG).")});

    TextTable exitCodes;
    exitCodes.addRow({QStringLiteral("0"), tr("success")});
    exitCodes.addRow({QStringLiteral("1"), tr("invalid input, or no record you may see was found (one outside your "
                                              "reach is answered the same way)")});
    exitCodes.addRow({QStringLiteral("2"), tr("file or database problem (missing, unreadable, not a Care "
                                              "database, made by a newer version, already exists)")});
    exitCodes.addRow({QStringLiteral("3"), tr("not signed in (wrong password, locked, disabled, no user name) or "
                                              "not permitted for this user")});
    exitCodes.addRow({QStringLiteral("64"), tr("wrong usage: unknown command or option, missing argument")});

    const QString indent = QStringLiteral("  ");
    Console::out(tr("Usage: care-cli COMMAND [OPTIONS]") + QLatin1Char('\n') + QLatin1Char('\n')
                 + tr("Care's command-line tool: works on a Care database file without a window.")
                 + QLatin1Char('\n') + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n')
                 + commandList + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n')
                 + general.render(indent) + QLatin1Char('\n') + tr("Signing in:") + QLatin1Char('\n')
                 + TextTable::wrap(tr("Commands that read or change records sign in as the user in CARE_USER with "
                                      "the password in CARE_PASSWORD; when either is not set, care-cli asks on the "
                                      "terminal. Each user reaches only what their role and school allow."),
                                   kHelpWidth, indent)
                 + QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n')
                 + exitCodes.render(indent));
    return ExitOk;
}

int GeneralHelp::printVersion()
{
    Console::outLine(QStringLiteral("care-cli " CARE_VERSION));
    return ExitOk;
}

int GeneralHelp::missingCommand()
{
    Console::errLine(tr("No command given."));
    Console::errLine(tr("Run “care-cli --help” for the list of commands."));
    return ExitUsage;
}

int GeneralHelp::unknownCommand(const QString &command)
{
    Console::errLine(tr("Unknown command “%1”.").arg(command));
    Console::errLine(tr("Run “care-cli --help” for the list of commands."));
    return ExitUsage;
}

} // namespace care::cli
