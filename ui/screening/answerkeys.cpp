#include "screening/answerkeys.h"

#include <QKeyEvent>

namespace care::ui {

namespace {

std::optional<int> digitOf(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)  // Thai numerals ๐–๙
        return c.unicode() - 0x0E50;
    // The number row of the Thai Kedmanee layout, keys 1 to 0 (key 3 types '-').
    static const char16_t kThaiRow[] = {u'จ', u'ๅ', u'/', 0, u'ภ', u'ถ', u'ุ', u'ึ', u'ค', u'ต'};
    for (int digit = 0; digit < 10; ++digit)
        if (kThaiRow[digit] != 0 && c.unicode() == kThaiRow[digit])
            return digit;
    return std::nullopt;
}

}  // namespace

AnswerKeyPress readAnswerKey(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return {};
    switch (event.key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        return {AnswerKey::Clear, 0};
    case Qt::Key_Space:
    case Qt::Key_Minus:
        return {AnswerKey::Missing, 0};
    default:
        break;
    }
    const QString text = event.text();
    if (text.size() != 1)
        return {};
    const QChar c = text.front();
    if (c == QLatin1Char('-') || c == QChar(u'ข'))
        return {AnswerKey::Missing, 0};
    if (auto digit = digitOf(c))
        return {AnswerKey::Value, *digit};
    return {};
}

}  // namespace care::ui
