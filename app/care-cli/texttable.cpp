#include "texttable.h"

#include <algorithm>

namespace care::cli {
namespace {

constexpr int kColumnGap = 2;

QString line(const QStringList &cells, const QList<int> &widths, const QString &indent)
{
    QString text = indent;
    for (int i = 0; i < cells.size(); ++i) {
        text += cells.at(i);
        if (i + 1 < cells.size())
            text += QString(widths.at(i) - TextTable::displayWidth(cells.at(i)) + kColumnGap, QLatin1Char(' '));
    }
    return text + QLatin1Char('\n');
}

} // namespace

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            ++width;
        }
    }
    return width;
}

QString TextTable::wrap(const QString &text, int width, const QString &indent)
{
    QString wrapped;
    QString current;
    const int room = std::max(1, width - displayWidth(indent));
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!current.isEmpty() && displayWidth(current) + 1 + displayWidth(word) > room) {
            wrapped += indent + current + QLatin1Char('\n');
            current.clear();
        }
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!current.isEmpty())
        wrapped += indent + current + QLatin1Char('\n');
    return wrapped;
}

QString TextTable::render(const QString &indent) const
{
    QList<int> widths;
    auto measure = [&widths](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths.at(i), displayWidth(cells.at(i)));
        }
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    QString text;
    if (!m_header.isEmpty()) {
        text += line(m_header, widths, indent);
        QStringList rules;
        for (int i = 0; i < m_header.size(); ++i)
            rules << QString(widths.at(i), QLatin1Char('-'));
        text += line(rules, widths, indent);
    }
    for (const QStringList &row : m_rows)
        text += line(row, widths, indent);
    return text;
}

} // namespace care::cli
