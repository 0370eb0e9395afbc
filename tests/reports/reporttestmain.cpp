// Catch2 main for the report tests: a QGuiApplication (fonts and text
// layout), on the offscreen platform unless the caller chose another.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("CareTests"));
    QGuiApplication::setApplicationName(QStringLiteral("care-report-tests"));
    return Catch::Session().run(argc, argv);
}
