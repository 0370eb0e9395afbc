// Shared by the student GUI tests: typing like a user, finding widgets.
#pragma once

#include "locale/language.h"

#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace care::test {

// The named child widget; fails the test if there is none.
template <typename W>
W *child(QWidget &parent, const QString &name)
{
    W *widget = parent.findChild<W *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(widget);
    return widget;
}

// Types text key by key. QTest::keyClicks handles ASCII only; Thai letters
// arrive as key events that carry the text, as from a Thai keyboard layout.
inline void type(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Replaces a line edit's text the way a user does: select all, then type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    type(edit, text);
}

// Sets the language for one test and goes back to English after it.
struct LanguageGuard {
    explicit LanguageGuard(Language language) { setCurrentLanguage(language); }
    ~LanguageGuard() { setCurrentLanguage(Language::English); }
};

} // namespace care::test
