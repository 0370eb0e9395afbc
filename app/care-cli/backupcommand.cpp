#include "backupcommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "terminalinput.h"
#include "texttable.h"

#include "locale/dates.h"
#include "locale/language.h"
#include "security/keyfile.h"
#include "services/backupservice.h"
#include "services/schooldirectory.h"
#include "util/clock.h"

#include <QDir>

namespace care::cli {
namespace {

void printPreview(const BackupPreview &preview)
{
    const QLocale locale = localeFor(currentLanguage());
    auto number = [&locale](qint64 n) { return locale.toString(n); };
    TextTable table;
    table.addRow({BackupCommand::tr("File:"), QDir::toNativeSeparators(preview.path)});
    table.addRow({BackupCommand::tr("Made on:"), formatDateTime(preview.createdAtUtc)});
    table.addRow({BackupCommand::tr("Municipality:"), preview.municipalityName});
    table.addRow({BackupCommand::tr("Schools:"), number(preview.schools)});
    table.addRow({BackupCommand::tr("Students:"), number(preview.students)});
    table.addRow({BackupCommand::tr("Users:"), number(preview.users)});
    table.addRow({BackupCommand::tr("Audit events:"), number(preview.auditEvents)});
    if (!preview.auditAnchor.isEmpty())
        table.addRow({BackupCommand::tr("Audit anchor:"), preview.auditAnchor});
    table.addRow({BackupCommand::tr("Key file:"), QDir::toNativeSeparators(KeyFile::pathFor(preview.path))});
    table.addRow({BackupCommand::tr("Schema version:"), QString::number(preview.schemaVersion)});
    Console::out(table.render(QStringLiteral("  ")));
}

// A fresh database without a municipality takes any backup (BackupService
// decides that too); one with a municipality only its own.
bool hasMunicipality(Database &db)
{
    const auto municipality = SchoolDirectory(db, Clock::system()).hasMunicipality();
    return !municipality || municipality.value();
}

// On a terminal: the person types "yes" (or its translation) to go on.
bool confirmedOnTerminal(const QString &databasePath)
{
    const auto answer = TerminalInput::readLine(
        BackupCommand::tr("Replace everything in %1 with this backup? Type “yes” to go on: ")
            .arg(QDir::toNativeSeparators(databasePath)));
    const QString typed = answer.value_or(QString()).trimmed().toLower();
    return typed == QLatin1String("yes") || typed == BackupCommand::tr("yes");
}

} // namespace

int BackupCommand::backup(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("backup"), QStringLiteral("--db FILE --out FILE"),
                            tr("Writes a backup of the database to a new file through SQLite's online backup (safe "
                               "while Care is running), readable by you only, checks it, and records it in the "
                               "audit trail. Sensitive fields stay encrypted in the backup. An existing file is "
                               "never overwritten."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("out"), tr("The new backup file (must not exist)."),
                                             QStringLiteral("FILE")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("out")))
        return commandLine.usageError(tr("Missing option --out FILE: where to write the backup."));
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ManageBackups, &exitCode);
    if (!signedIn)
        return exitCode;
    const auto written = BackupService(*signedIn->db, Clock::system())
                             .backup(signedIn->session, commandLine.value(QStringLiteral("out")));
    if (!written)
        return CommandSupport::fail(written.error(), ExitFileProblem);
    Console::outLine(tr("Wrote the backup:"));
    printPreview(written.value());
    return ExitOk;
}

int BackupCommand::restore(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("restore"), QStringLiteral("--db FILE --from BACKUP [--dry-run] [--yes]"),
        tr("Shows what the backup holds (when it was made, the municipality, counts, its audit anchor), then "
           "replaces the database's content and key file with the backup's. The content before the restore is kept "
           "beside the database. A damaged or truncated backup, a backup without its key file, or one of another "
           "database is refused and nothing changes. Signs in as an administrator. Without --yes you are asked to "
           "confirm on the terminal; without a terminal, --yes is required."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("from"), tr("The backup file to restore."),
                                             QStringLiteral("BACKUP")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                             tr("Only check the backup and show its preview; change nothing.")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("yes"), tr("Restore without asking.")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    if (!commandLine.isSet(QStringLiteral("from")))
        return commandLine.usageError(tr("Missing option --from BACKUP: the backup file to restore."));

    const bool confirmed = commandLine.isSet(QStringLiteral("yes"));
    const bool dryRun = commandLine.isSet(QStringLiteral("dry-run"));
    if (!dryRun && !confirmed && !TerminalInput::stdinIsTerminal()) {
        Console::errLine(tr("A restore replaces everything in the database: add --yes to confirm. Nothing was "
                            "changed."));
        return ExitUsage;
    }
    // The database and its backups are encrypted: reading the backup needs
    // the key, so the administrator signs in first. Everything that can
    // refuse the backup happens before anything of it is written.
    int exitCode = ExitOk;
    const DatabasePtr db = CommandSupport::openDatabase(commandLine, &exitCode);
    if (!db)
        return exitCode;
    const auto session = CommandSupport::signIn(*db, &exitCode);
    if (!session || !CommandSupport::allowed(*db, *session, Capability::ManageBackups, &exitCode))
        return exitCode;
    BackupService backups(*db, Clock::system());
    const QString backupPath = commandLine.value(QStringLiteral("from"));
    const auto preview = backups.preview(backupPath);
    if (!preview)
        return CommandSupport::fail(preview.error(), ExitFileProblem);
    Console::outLine(tr("The backup holds:"));
    printPreview(preview.value());
    if (!preview->sameMunicipality && hasMunicipality(*db)) {
        Console::errLine(tr("This backup belongs to another municipality (%1); it cannot be restored into this "
                            "database. Nothing was changed.")
                             .arg(preview->municipalityName));
        return ExitFileProblem;
    }
    if (dryRun) {
        Console::outLine(tr("The backup is complete and can be restored. Nothing was changed (--dry-run)."));
        return ExitOk;
    }
    if (!confirmed && !confirmedOnTerminal(db->path())) {
        Console::errLine(tr("Nothing was restored."));
        return ExitInvalidInput;
    }
    const auto saved = backups.restore(*session, backupPath);
    if (!saved)
        return CommandSupport::fail(saved.error(), ExitFileProblem);
    Console::outLine(tr("Restored the backup. The content from before is kept in %1.")
                         .arg(QDir::toNativeSeparators(saved.value())));
    Console::outLine(tr("Everyone signs in again with the passwords that were valid when the backup was made."));
    return ExitOk;
}

} // namespace care::cli
