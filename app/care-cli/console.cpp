#include "console.h"

#include <cstdio>

#ifdef _WIN32
#include <io.h>
#define CARE_ISATTY _isatty
#define CARE_FILENO _fileno
#else
#include <unistd.h>
#define CARE_ISATTY isatty
#define CARE_FILENO fileno
#endif

namespace care::cli {

void Console::outBytes(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void Console::out(const QString &text) { outBytes(text.toUtf8()); }

void Console::outLine(const QString &line) { out(line + QLatin1Char('\n')); }

void Console::err(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

void Console::errLine(const QString &line) { err(line + QLatin1Char('\n')); }

bool Console::stderrIsTerminal() { return CARE_ISATTY(CARE_FILENO(stderr)) != 0; }

} // namespace care::cli
