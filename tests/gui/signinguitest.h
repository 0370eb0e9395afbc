// Shared by the sign-in, auto-lock and user-management GUI tests.
#pragma once

#include "studentguitest.h"
#include "testdatabase.h"

#include "app/uilanguage.h"
#include "mainwindow/mainwindow.h"
#include "security/accountscreens.h"
#include "security/signindialog.h"
#include "services/accountservice.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace care::test {

// Processes events until `condition` holds or the time is up; its last answer.
template <typename Condition>
bool waitUntil(Condition condition, int timeoutMs = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

// The visible dialog of this type among the window's children (a closed one
// may wait for deletion), waiting a little for it to appear.
template <typename D>
D *visibleDialog(QWidget &owner, int timeoutMs = 2000)
{
    D *found = nullptr;
    auto look = [&] {
        for (D *d : owner.findChildren<D *>())
            if (d->isVisible())
                found = d;
        return found != nullptr;
    };
    waitUntil(look, timeoutMs);
    INFO("a visible " << D::staticMetaObject.className());
    REQUIRE(found);
    return found;
}

template <typename D>
bool hasVisibleDialog(QWidget &owner)
{
    for (D *d : owner.findChildren<D *>())
        if (d->isVisible())
            return true;
    return false;
}

inline void click(QWidget &parent, const QString &buttonName)
{
    auto *button = child<QPushButton>(parent, buttonName);
    INFO("button " << buttonName.toStdString());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// A window whose sign-ins use the fixture clock and cheap password hashing,
// with settings kept away from the user's and no auto-lock unless asked.
inline void prepareWindow(ui::MainWindow &window)
{
    QStandardPaths::setTestModeEnabled(true);
    ui::applyUiLanguage(Language::English, false);
    window.setClock(testClock());
    window.accountScreens()->setPasswordCost(crypto::PasswordCost::minimal());
    window.accountScreens()->setIdleTimeoutMs(0);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

// The fixture leaves the administrator signed in; a sign-in test starts locked.
inline void lockDatabase(TestDatabase &t)
{
    AccountService(*t.db, testClock(), crypto::PasswordCost::minimal()).lock();
    REQUIRE_FALSE(t.db->fieldCipher());
}

// Types user name and password into the open sign-in dialog and clicks Sign in.
inline ui::SignInDialog *signInWith(ui::MainWindow &window, const QString &username, const QString &password)
{
    auto *dialog = visibleDialog<ui::SignInDialog>(window);
    retype(child<QLineEdit>(*dialog, QStringLiteral("username")), username);
    retype(child<QLineEdit>(*dialog, QStringLiteral("password")), password);
    click(*dialog, QStringLiteral("signInButton"));
    return dialog;
}

} // namespace care::test
