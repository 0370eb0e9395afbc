#include "retentioncommand.h"

#include "commandline.h"
#include "commandsupport.h"
#include "console.h"
#include "exitcode.h"
#include "subcommands.h"
#include "texttable.h"

#include "locale/dates.h"
#include "services/retentionservice.h"
#include "services/schooldirectory.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace care::cli {
namespace {

QJsonObject planToJson(const RetentionPlan &plan)
{
    QJsonArray candidates;
    for (const RetentionCandidate &candidate : plan.candidates)
        candidates.append(QJsonObject{{QStringLiteral("studentId"), candidate.studentId},
                                      {QStringLiteral("schoolId"), candidate.schoolId},
                                      {QStringLiteral("status"), candidate.status},
                                      {QStringLiteral("leftOn"), candidate.leftOn.toString(Qt::ISODate)}});
    return QJsonObject{{QStringLiteral("yearsAfterLeaving"), plan.yearsAfterLeaving},
                       {QStringLiteral("cutOff"), plan.cutOff.toString(Qt::ISODate)},
                       {QStringLiteral("candidates"), candidates}};
}

QString statusLabel(const QString &statusCode)
{
    const auto status = fromCode<StudentStatus>(statusCode);
    return status ? label(*status) : statusCode;
}

void printPlan(Database &db, const Session &session, const RetentionPlan &plan)
{
    Console::outLine(RetentionCommand::tr("Retention: %1 years after leaving school; students who left on or "
                                          "before %2 are anonymised.")
                         .arg(plan.yearsAfterLeaving)
                         .arg(formatDate(plan.cutOff)));
    if (plan.candidates.isEmpty()) {
        Console::outLine(RetentionCommand::tr("No student is due. Nothing was changed (--dry-run)."));
        return;
    }
    QHash<QString, QString> schoolCodes;
    if (auto schools = SchoolDirectory(db, Clock::system()).schools(session))
        for (const School &school : schools.value())
            schoolCodes.insert(school.id, school.code);
    TextTable table;
    table.setHeader({RetentionCommand::tr("Record id"), RetentionCommand::tr("School"),
                     RetentionCommand::tr("Status"), RetentionCommand::tr("Left on")});
    for (const RetentionCandidate &candidate : plan.candidates)
        table.addRow({candidate.studentId, schoolCodes.value(candidate.schoolId, candidate.schoolId),
                      statusLabel(candidate.status), formatDate(candidate.leftOn)});
    Console::out(table.render());
    Console::outLine(RetentionCommand::tr("%n student(s) would be anonymised. Nothing was changed (--dry-run).",
                                          nullptr, int(plan.candidates.size())));
}

} // namespace

int RetentionCommand::run(const QStringList &arguments)
{
    const auto help = [] {
        Console::outLine(tr("Usage: care-cli retention run --db FILE [--dry-run] [--json]"));
        Console::outLine(tr("Run “care-cli retention run --help” for its options."));
        return int(ExitOk);
    };
    return Subcommands::dispatch(QStringLiteral("retention"), arguments, {{QStringLiteral("run"), runRetention}}, help);
}

int RetentionCommand::runRetention(const QStringList &arguments)
{
    CommandLine commandLine(
        QStringLiteral("retention run"), QStringLiteral("--db FILE [--dry-run] [--json]"),
        tr("Anonymises the students who left school more years ago than the retention setting: names, ID "
           "numbers, exact birth date, address, guardians, household details and notes are removed; sex, birth "
           "year, school, enrollments, attendance and grades stay, so statistics do not change. With --dry-run, "
           "only lists who would be anonymised."));
    commandLine.addOption(CommandSupport::databaseOption());
    commandLine.addOption(QCommandLineOption(QStringLiteral("dry-run"),
                                             tr("Only list the students who are due; change nothing.")));
    commandLine.addOption(CommandSupport::jsonOption());
    if (const auto exitNow = commandLine.parse(arguments, 0, 0))
        return *exitNow;
    int exitCode = ExitOk;
    const auto signedIn = CommandSupport::openAndSignIn(commandLine, Capability::RunRetention, &exitCode);
    if (!signedIn)
        return exitCode;
    RetentionService retention(*signedIn->db, Clock::system());
    const bool json = commandLine.isSet(QStringLiteral("json"));

    if (commandLine.isSet(QStringLiteral("dry-run"))) {
        const auto plan = retention.preview(signedIn->session);
        if (!plan)
            return CommandSupport::fail(plan.error(), ExitRefused);
        if (json)
            CommandSupport::printJson(QJsonDocument(planToJson(plan.value())));
        else
            printPlan(*signedIn->db, signedIn->session, plan.value());
        return ExitOk;
    }
    const auto anonymised = retention.run(signedIn->session);
    if (!anonymised)
        return CommandSupport::fail(anonymised.error(), ExitFileProblem);
    if (json)
        CommandSupport::printJson(QJsonDocument(QJsonObject{{QStringLiteral("anonymised"), anonymised.value()}}));
    else
        Console::outLine(tr("Anonymised %n student(s).", nullptr, anonymised.value()));
    return ExitOk;
}

} // namespace care::cli
