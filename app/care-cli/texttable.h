#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace care::cli {

// Plain-text columns for a terminal. Thai vowel and tone marks take no
// column of their own, so widths count what is shown, not QChars.
class TextTable {
public:
    void setHeader(const QStringList &cells) { m_header = cells; }
    void addRow(const QStringList &cells) { m_rows << cells; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render(const QString &indent = {}) const;

    static int displayWidth(const QString &text);
    // Breaks text at spaces into lines of at most `width` columns, each
    // starting with `indent` (Thai runs without spaces stay whole).
    static QString wrap(const QString &text, int width, const QString &indent = {});

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace care::cli
