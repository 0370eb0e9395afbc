#include "terminalinput.h"

#include "console.h"

#include <algorithm>
#include <cstdio>
#include <string>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace care::cli {
namespace {

std::optional<QString> readStdinLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (c == EOF && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');  // may be a password: leave no copy behind
    return text;
}

// Turns terminal echo off for its lifetime, and back on however it ends.
class EchoOff {
public:
    EchoOff()
    {
#ifdef _WIN32
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_saved = GetConsoleMode(m_handle, &m_mode) != 0;
        if (m_saved)
            SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
        m_saved = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_saved) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= tcflag_t(ECHONL);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_saved)
            return;
#ifdef _WIN32
        SetConsoleMode(m_handle, m_mode);
        Console::err(QStringLiteral("\n"));  // the Enter key was not echoed
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_saved = false;
#ifdef _WIN32
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};

} // namespace

bool TerminalInput::stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QString> TerminalInput::readLine(const QString &prompt)
{
    Console::err(prompt);
    return readStdinLine();
}

std::optional<QString> TerminalInput::readSecret(const QString &prompt)
{
    Console::err(prompt);
    const EchoOff echoOff;
    return readStdinLine();
}

} // namespace care::cli
