#pragma once

#include <QString>

#include <optional>

namespace care::cli {

// Questions to the person at the terminal: prompts go to stderr so that
// stdout stays clean for results; answers come from stdin. Nothing is asked
// when stdin is not a terminal (scripts, pipes, tests).
class TerminalInput {
public:
    static bool stdinIsTerminal();
    // One line typed with echo; nullopt at end of input.
    static std::optional<QString> readLine(const QString &prompt);
    // One line typed without echo (passwords); nullopt at end of input.
    static std::optional<QString> readSecret(const QString &prompt);
};

} // namespace care::cli
