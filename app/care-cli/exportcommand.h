#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli export subject: the PDPA subject-access export of one student,
// as JSON and PDF. The PDF needs QtGui, so this is the one command for which
// main() makes a QGuiApplication (offscreen: no display needed).
class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    // arguments[0] is "export", arguments[1] the subcommand ("subject").
    static int run(const QStringList &arguments);

private:
    static int subject(const QStringList &arguments);
};

} // namespace care::cli
