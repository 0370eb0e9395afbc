// care: the desktop application's entry point.
#include "app/appicon.h"
#include "app/bundledfonts.h"
#include "app/startup.h"
#include "app/uilanguage.h"
#include "mainwindow/mainwindow.h"
#include "privacy/formfiles.h"
#include "security/processhardening.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace {

// English only: it is printed before any catalogue (or display) exists.
constexpr const char kUsage[] =
    "Usage: care [options] [FILE]\n"
    "Care: student care and dropout prevention for municipal schools.\n"
    "\n"
    "Options:\n"
    "  --db FILE      open this Care database\n"
    "  FILE           the same as --db FILE\n"
    "  --demo         open the demo municipality, creating it first if needed\n"
    "  --lang th|en   use this language for this run (the setting is kept)\n"
    "  -v, --version  print the version and exit\n"
    "  -h, --help     print this help and exit\n"
    "\n"
    "Without options Care opens the database used last time, or asks which one to use.\n";

// --version and --help answer before QApplication exists, so they work
// without a display (packaging checks, scripts, ssh sessions).
bool answeredWithoutDisplay(int argc, char *argv[], int *exitCode)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")) {
            std::printf("care %s\n", CARE_VERSION);
            *exitCode = 0;
            return true;
        }
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(kUsage, stdout);
            *exitCode = 0;
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    care::hardenProcess();
    if (int exitCode = 0; answeredWithoutDisplay(argc, argv, &exitCode))
        return exitCode;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Care"));
    QApplication::setOrganizationDomain(QStringLiteral("care.khonkaen.example"));
    QApplication::setApplicationName(QStringLiteral("care"));
    QApplication::setApplicationVersion(QStringLiteral(CARE_VERSION));
    QApplication::setWindowIcon(care::ui::careIcon());
    care::ui::installBundledThaiFont();
    // Forms a crashed run left in Care's private folder (the folder's name
    // comes from the application name set above).
    care::ui::FormFiles::removeOpened();

    // Qt's own options (-platform, -style …) were taken out by QApplication.
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    parser.addOptions({dbOption, demoOption, langOption});
    if (!parser.parse(QApplication::arguments()) || parser.positionalArguments().size() > 1) {
        const QString problem = parser.errorText().isEmpty() ? QStringLiteral("too many files given")
                                                             : parser.errorText();
        std::fprintf(stderr, "care: %s\n%s", qPrintable(problem), kUsage);
        return 2;
    }

    care::Language language = care::ui::startupLanguage();
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption).toLower();
        if (code != QLatin1String("th") && code != QLatin1String("en")) {
            std::fprintf(stderr, "care: --lang takes th or en, not \"%s\"\n", qPrintable(code));
            return 2;
        }
        language = care::languageFromCode(code, language);
    }
    care::ui::applyUiLanguage(language, false);

    care::ui::StartupRequest request;
    request.databasePath = parser.value(dbOption);
    if (request.databasePath.isEmpty() && !parser.positionalArguments().isEmpty())
        request.databasePath = parser.positionalArguments().constFirst();
    request.demo = parser.isSet(demoOption);

    care::DatabasePtr db = care::ui::Startup::chooseDatabase(request);
    if (!db)
        return 0;  // the user closed the first-run dialog

    // The window shows nothing of the file until someone has signed in.
    care::ui::MainWindow window;
    window.show();
    window.signIn(db);
    const int exitCode = QApplication::exec();
    care::ui::FormFiles::removeOpened();
    return exitCode;
}
