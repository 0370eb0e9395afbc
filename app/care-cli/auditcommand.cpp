#include "auditcommand.h"

#include "auditprinter.h"
#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "progressline.h"
#include "studentlookup.h"
#include "subcommands.h"
#include "userarguments.h"

#include "locale/dates.h"
#include "locale/language.h"
#include "services/accountservice.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "util/clock.h"

#include <QCommandLineOption>
#include <QRegularExpression>

namespace care::cli {
namespace {

constexpr qint64 kDefaultLimit = 500;
constexpr qint64 kMaxLimit = 1'000'000;

// A date option through the one date parser (so "25/11/2569" is Buddhist
// Era); an invalid date on a set option is reported with the option's name.
std::optional<QDate> dateOption(const CommandLine &commandLine, const QString &name, int *exitCode)
{
    if (!commandLine.isSet(name))
        return QDate();
    const QString text = commandLine.value(name);
    const Result<QDate> date = parseDate(text);
    if (date)
        return date.value();
    Console::errLine(AuditCommand::tr("Invalid date “%1” for --%2: %3").arg(text, name, date.error().message));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    return Subcommands::dispatch(QStringLiteral("audit"), arguments,
                                 {{QStringLiteral("verify"), verify}, {QStringLiteral("list"), list}}, printHelp);
}

int AuditCommand::printHelp()
{
    Console::outLine(tr("Usage: care-cli audit verify|list --db FILE …"));
    Console::outLine();
    Console::outLine(tr("  verify  Check that no audit event was changed, inserted or deleted."));
    Console::outLine(tr("  list    List audit events by student, user, action and date."));
    Console::outLine();
    Console::outLine(tr("Run “care-cli audit verify --help” or “care-cli audit list --help” for their options."));
    return ExitOk;
}

int AuditCommand::verify(const QStringList &arguments)
{
    CommandLine commandLine(QStringLiteral("audit verify"), QStringLiteral("--db FILE [--anchor SEQ:HASH]"),
                            tr("Checks the sealed chain of the audit trail: events are numbered without gaps and "
                               "each carries a seal, keyed with the database key, over its number, its content and "
                               "the seal of the one before, so a changed, inserted or deleted event is found. Any "
                               "user may run it after signing in; it changes nothing. Each backup records its "
                               "newest event as an anchor (--anchor-from). Exit code 0: intact; 1: the first bad "
                               "event is named."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("anchor"),
                                             tr("The newest event printed by an earlier check, as SEQ:HASH: "
                                                "proves that no event up to it was cut off the end."),
                                             QStringLiteral("SEQ:HASH")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("anchor-from"),
                                             tr("A backup of this database: its newest audit event must still be "
                                                "in the trail, unchanged."),
                                             QStringLiteral("BACKUP")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    std::optional<AuditAnchor> anchor;
    if (commandLine.isSet(QStringLiteral("anchor"))) {
        const QString text = commandLine.value(QStringLiteral("anchor")).trimmed();
        bool ok = false;
        const qint64 seq = text.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
        const QString hash = text.section(QLatin1Char(':'), 1);
        static const QRegularExpression hexHash(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!ok || seq < 1 || !hexHash.match(hash).hasMatch()) {
            Console::errLine(tr("--anchor must be SEQ:HASH as printed by “audit verify” (a number, a colon and "
                                "64 hexadecimal digits), not “%1”.").arg(text));
            return ExitInvalidInput;
        }
        anchor = AuditAnchor{seq, hash};
    }
    int exitCode = ExitOk;
    const DatabasePtr db = CommandSupport::openDatabase(commandLine, &exitCode);
    if (!db)
        return exitCode;
    if (!CommandSupport::signIn(*db, &exitCode, true))
        return exitCode;
    if (commandLine.isSet(QStringLiteral("anchor-from"))) {
        const Result<BackupPreview> backup =
            BackupService(*db, Clock::system()).preview(commandLine.value(QStringLiteral("anchor-from")));
        if (!backup)
            return CommandSupport::fail(backup.error(), ExitFileProblem);
        const QString noted = backup->auditAnchor;
        if (!noted.isEmpty())
            anchor = AuditAnchor{noted.section(QLatin1Char(':'), 0, 0).toLongLong(), noted.section(QLatin1Char(':'), 1)};
    }

    ProgressLine progressLine(tr("Checking the audit trail: %1%"));
    std::function<bool(qint64, qint64)> progress;
    if (ProgressLine::wanted())
        progress = [&progressLine](qint64 done, qint64 total) {
            progressLine.update(done, total);
            return true;
        };
    const Result<AuditVerification> result = AuditService(*db, Clock::system()).verify(progress, anchor);
    progressLine.finish();
    if (!result)
        return CommandSupport::fail(result.error(), ExitFileProblem);
    const QLocale locale = localeFor(currentLanguage());
    const AuditVerification &verification = result.value();
    if (verification.intact) {
        Console::outLine(tr("The audit trail is intact: %1 events checked.")
                             .arg(locale.toString(verification.eventsChecked)));
        if (verification.newestSeq > 0) {
            Console::outLine(tr("The newest event, to note down and check later with --anchor:"));
            Console::outLine(QStringLiteral("%1:%2").arg(verification.newestSeq).arg(verification.newestHash));
        }
        return ExitOk;
    }
    Console::outLine(tr("The audit trail is NOT intact: event #%1 fails the check (%2 events checked).")
                         .arg(verification.firstBadSeq)
                         .arg(locale.toString(verification.eventsChecked)));
    Console::outLine(verification.problem);
    return ExitInvalidInput;
}

int AuditCommand::list(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("audit list"),
        QStringLiteral("--db FILE [--student ID] [--user USERNAME] [--action A] [--from DATE] [--to DATE] "
                       "[--limit N] [--json]"),
        tr("Lists audit events, newest first: who did or viewed what, when, and why for break-the-glass access. "
           "The administrator sees all events; a director those about their school."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(CommandSupport::jsonOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("student"),
                                             tr("Only events about this student (record id, ID number or "
                                                "student number)."),
                                             QStringLiteral("ID")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("user"), tr("Only events by this user."),
                                             QStringLiteral("USERNAME")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("action"),
                                             tr("Only this action, e.g. view, create, update, delete, export, "
                                                "print, sign_in."),
                                             QStringLiteral("A")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("from"),
                                             tr("Only events on or after this day, e.g. 1/6/2568 or 2025-06-01."),
                                             QStringLiteral("DATE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("to"), tr("Only events on or before this day."),
                                             QStringLiteral("DATE")));
    commandLine.addOption(QCommandLineOption(QStringLiteral("limit"),
                                             tr("At most N events (default %1).").arg(kDefaultLimit),
                                             QStringLiteral("N")));
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;

    int exitCode = ExitOk;
    AuditFilter filter;
    const auto limit = commandLine.integerValue(QStringLiteral("limit"), kDefaultLimit, 1, kMaxLimit, &exitCode);
    const auto from = limit ? dateOption(commandLine, QStringLiteral("from"), &exitCode) : std::nullopt;
    const auto to = from ? dateOption(commandLine, QStringLiteral("to"), &exitCode) : std::nullopt;
    if (!limit || !from || !to)
        return exitCode;
    if (from->isValid() && to->isValid() && *from > *to) {
        Console::errLine(tr("--from (%1) is after --to (%2).").arg(formatDate(*from), formatDate(*to)));
        return ExitInvalidInput;
    }
    filter.limit = int(*limit);
    filter.from = *from;
    filter.to = *to;
    filter.action = commandLine.value(QStringLiteral("action")).trimmed().toLower();

    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::ViewAudit, &exitCode);
    if (!signedIn)
        return exitCode;
    if (commandLine.isSet(QStringLiteral("student"))) {
        // The students whose events this user may list (a director: their school's).
        const QString text = commandLine.value(QStringLiteral("student"));
        const auto studentId = StudentLookup::report(
                AuditService(*signedIn->db, Clock::system()).findStudent(signedIn->session, text), text, &exitCode);
        if (!studentId)
            return exitCode;
        filter.studentId = *studentId;
    }
    if (commandLine.isSet(QStringLiteral("user"))) {
        auto users = AccountService(*signedIn->db, Clock::system()).listUsers(signedIn->session);
        if (!users)
            return CommandSupport::fail(users.error(), ExitRefused);
        const auto user = UserArguments::user(users.value(), commandLine.value(QStringLiteral("user")), &exitCode);
        if (!user)
            return exitCode;
        filter.userId = user->id;
    }

    const auto events = AuditService(*signedIn->db, Clock::system()).list(signedIn->session, filter);
    if (!events)
        return CommandSupport::fail(events.error(), ExitRefused);
    if (commandLine.isSet(QStringLiteral("json"))) {
        CommandSupport::printJson(QJsonDocument(AuditPrinter::json(events.value())));
        return ExitOk;
    }
    if (events->isEmpty()) {
        Console::outLine(tr("No audit event matches."));
        return ExitOk;
    }
    Console::out(AuditPrinter::table(events.value()));
    if (events->size() >= filter.limit)
        Console::outLine(tr("Showing the newest %1 events; use --limit or --to to see older ones.")
                             .arg(events->size()));
    else
        Console::outLine(tr("%n event(s).", nullptr, int(events->size())));
    return ExitOk;
}

} // namespace care::cli
