#pragma once

#include <QByteArray>
#include <QString>

namespace care::cli {

// Output always in UTF-8: results to stdout, messages and progress to stderr.
class Console {
public:
    static void out(const QString &text);        // text as given (add the newline yourself)
    static void outLine(const QString &line = {});
    static void outBytes(const QByteArray &utf8);
    static void errLine(const QString &line);
    static void err(const QString &text);
    static bool stderrIsTerminal();
};

} // namespace care::cli
