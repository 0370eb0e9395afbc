// What the window shows around the sign-in: while the sign-in is open over
// it, nothing but the sign-in (not the first-run choice of a database, as
// when a file is opened directly with `care FILE`); once it is cancelled
// with no database open, the choices again.
#include "signinguitest.h"

#include "mainwindow/mainactions.h"
#include "widgets/databasechoices.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

// Texts and buttons the window shows outside `dialog` (its menus aside).
QStringList shownBesides(MainWindow &window, const QWidget *dialog)
{
    QStringList shown;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty() && !dialog->isAncestorOf(label))
            shown << label->text();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisible() && !dialog->isAncestorOf(button))
            shown << button->text();
    return shown;
}

bool choicesShown(MainWindow &window)
{
    const QList<DatabaseChoices *> choices = window.findChildren<DatabaseChoices *>();
    return std::any_of(choices.begin(), choices.end(), [](const DatabaseChoices *c) { return c->isVisible(); });
}

} // namespace

TEST_CASE("the sign-in over the window is all the window shows", "[gui][signin]")
{
    TestDatabase t = makeTestDatabase();
    lockDatabase(t);
    MainWindow window;
    prepareWindow(window);
    REQUIRE(choicesShown(window));  // no database yet: the ways to one

    window.signIn(t.db);  // as `care FILE` does
    auto *signIn = visibleDialog<SignInDialog>(window);
    CHECK_FALSE(choicesShown(window));
    const QStringList besides = shownBesides(window, signIn);
    INFO(besides.join(QStringLiteral(" | ")).toStdString());
    CHECK(besides.isEmpty());

    SECTION("Cancel brings the choices back")
    {
        child<QPushButton>(*signIn, QStringLiteral("cancelButton"))->click();
        REQUIRE(waitUntil([&] { return !hasVisibleDialog<SignInDialog>(window); }));
        CHECK_FALSE(window.context());
        CHECK(choicesShown(window));
    }
    SECTION("signing out returns to a sign-in without the choices, and closing the file shows them")
    {
        signInWith(window, QStringLiteral("admin"), kTestPassword);
        REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
        window.actions()->signOut->trigger();
        auto *again = visibleDialog<SignInDialog>(window);
        CHECK_FALSE(choicesShown(window));
        CHECK(shownBesides(window, again).isEmpty());
        signInWith(window, QStringLiteral("admin"), kTestPassword);
        REQUIRE(waitUntil([&] { return window.context() != nullptr; }));
        window.actions()->closeDatabase->trigger();
        CHECK_FALSE(window.context());
        CHECK(choicesShown(window));
    }
}
