#include "attendancecommand.h"
#include "auditcommand.h"
#include "behaviourcommand.h"
#include "backupcommand.h"
#include "cliapplication.h"
#include "console.h"
#include "democommand.h"
#include "exportcommand.h"
#include "exitcode.h"
#include "generalhelp.h"
#include "gradescommand.h"
#include "instrumentscommand.h"
#include "languageoption.h"
#include "retentioncommand.h"
#include "riskcommand.h"
#include "scorecommand.h"
#include "screencommand.h"
#include "studentscommand.h"
#include "userscommand.h"
#include "validateidcommand.h"

#include "translations.h"

#include "security/processhardening.h"

#include <QCoreApplication>

using namespace care::cli;

int main(int argc, char **argv)
{
    care::hardenProcess();
    const auto app = makeApplication(argc, argv);  // a QGuiApplication only for export
    QCoreApplication::setApplicationName(QStringLiteral("care-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARE_VERSION));

    const LanguageOption languageOption(QCoreApplication::arguments().mid(1));
    care::installTranslations(languageOption.language());
    if (const QString error = languageOption.errorMessage(); !error.isEmpty()) {
        Console::errLine(error);
        return ExitUsage;
    }

    const QStringList arguments = languageOption.remainingArguments();
    const QString command = arguments.value(0);
    if (command.isEmpty())
        return GeneralHelp::missingCommand();
    if (command == QLatin1String("--version") || command == QLatin1String("-v"))
        return GeneralHelp::printVersion();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return GeneralHelp::printHelp();
    if (command == QLatin1String("demo"))
        return DemoCommand::run(arguments);
    if (command == QLatin1String("students"))
        return StudentsCommand::run(arguments);
    if (command == QLatin1String("validate-id"))
        return ValidateIdCommand::run(arguments);
    if (command == QLatin1String("users"))
        return UsersCommand::run(arguments);
    if (command == QLatin1String("audit"))
        return AuditCommand::run(arguments);
    if (command == QLatin1String("backup"))
        return BackupCommand::backup(arguments);
    if (command == QLatin1String("restore"))
        return BackupCommand::restore(arguments);
    if (command == QLatin1String("retention"))
        return RetentionCommand::run(arguments);
    if (command == QLatin1String("export"))
        return ExportCommand::run(arguments);
    if (command == QLatin1String("score"))
        return ScoreCommand::run(arguments);
    if (command == QLatin1String("instruments"))
        return InstrumentsCommand::run(arguments);
    if (command == QLatin1String("screen"))
        return ScreenCommand::run(arguments);
    if (command == QLatin1String("attendance"))
        return AttendanceCommand::run(arguments);
    if (command == QLatin1String("grades"))
        return GradesCommand::run(arguments);
    if (command == QLatin1String("behaviour"))
        return BehaviourCommand::run(arguments);
    if (command == QLatin1String("risk"))
        return RiskCommand::run(arguments);
    return GeneralHelp::unknownCommand(command);
}
