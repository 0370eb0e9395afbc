#pragma once

#include <QString>

namespace care::cli {

// Progress on one rewritten stderr line, only for a person watching a
// terminal: a log file or a pipe would fill with carriage returns.
class ProgressLine {
public:
    // format has one %1 for the percentage, e.g. "Checking: %1%".
    explicit ProgressLine(QString format) : m_format(std::move(format)) {}
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    static bool wanted();  // stderr is a terminal
    void update(qint64 done, qint64 total);
    void finish();         // ends the line if anything was shown

private:
    QString m_format;
    int m_lastPercent = -1;
};

} // namespace care::cli
