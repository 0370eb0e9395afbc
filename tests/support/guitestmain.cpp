// Catch2 main for widget tests: a QApplication on the offscreen platform
// unless the caller chose another one (e.g. xcb to watch a test run).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CareTests"));
    QApplication::setApplicationName(QStringLiteral("care-gui-tests"));
    return Catch::Session().run(argc, argv);
}
