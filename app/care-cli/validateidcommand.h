#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli validate-id VALUE: is it a valid national ID number or G-code?
class ValidateIdCommand {
    Q_DECLARE_TR_FUNCTIONS(ValidateIdCommand)
public:
    // arguments[0] is "validate-id".
    static int run(const QStringList &arguments);
};

} // namespace care::cli
