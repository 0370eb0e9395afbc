#include "cliapplication.h"

#ifdef CARE_CLI_WITH_PDF
#include "languageoption.h"

#include <QGuiApplication>

namespace care::cli {

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (LanguageOption(arguments).remainingArguments().value(0) != QLatin1String("export"))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace care::cli

#else

namespace care::cli {

// Built without QtGui (CARE_BUILD_GUI=OFF): every command runs on QtCore.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace care::cli

#endif
