#include "progressline.h"

#include "console.h"

namespace care::cli {

bool ProgressLine::wanted() { return Console::stderrIsTerminal(); }

void ProgressLine::update(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    Console::err(QStringLiteral("\r") + m_format.arg(percent));
}

void ProgressLine::finish()
{
    if (m_lastPercent >= 0)
        Console::err(QStringLiteral("\n"));
    m_lastPercent = -1;
}

} // namespace care::cli
