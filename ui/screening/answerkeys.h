#pragma once

#include <optional>

class QKeyEvent;

namespace care::ui {

// What a key press means to answer entry (the class grid and the form).
enum class AnswerKey {
    None,     // not an answer key: let the widget handle it
    Value,    // a digit: the answer's value
    Missing,  // '-' or space: no answer, on purpose; move on
    Clear,    // Backspace or Delete: take the answer back
};

struct AnswerKeyPress {
    AnswerKey kind = AnswerKey::None;
    int value = 0;  // for AnswerKey::Value
};

// Reads a key press without modifiers (the keypad counts as none). Digits
// are taken from the ASCII and Thai number rows: with the Thai Kedmanee
// layout active, the number-row keys type ๅ / - ภ ถ ุ ึ ค ต จ, and those
// count as the digits printed on the keys; Thai numerals ๐–๙ count as
// their values; ข (the '-' key of that layout) marks a missing answer.
AnswerKeyPress readAnswerKey(const QKeyEvent &event);

}  // namespace care::ui
