#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli demo: writes a new database full of realistic, made-up students.
class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    // arguments[0] is "demo".
    static int run(const QStringList &arguments);
};

} // namespace care::cli
