// Catch2 main for core tests: QtSql and QObject code need a QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CareTests"));
    QCoreApplication::setApplicationName(QStringLiteral("care-tests"));
    return Catch::Session().run(argc, argv);
}
