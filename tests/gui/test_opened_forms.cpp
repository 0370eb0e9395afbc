// Consent forms opened in the system's viewer: named by their real type,
// refused when of another type, and deleted when Care locks or signs out.
#include "signinguitest.h"

#include "io/openedfiles.h"
#include "mainwindow/mainactions.h"
#include "privacy/formfiles.h"
#include "security/lockscreen.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

const QByteArray kPng = QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, 'x');

struct Opened {
    QString path;
    FormFiles::Opener opener()
    {
        return [this](const QString &p) {
            path = p;
            return true;
        };
    }
};

}  // namespace

TEST_CASE("an opened form is named by its type and leaves the disk on lock and sign-out", "[gui][consent][files]")
{
    TestDatabase t = makeTestDatabase();
    MainWindow window;
    lockDatabase(t);
    prepareWindow(window);
    window.signIn(t.db);
    signInWith(window, QStringLiteral("admin"), kTestPassword);
    REQUIRE(waitUntil([&] { return window.context() != nullptr; }));

    // Stored under a name that would make the desktop run it.
    Opened first;
    REQUIRE(FormFiles::open(ScannedForm{QStringLiteral("ใบยินยอม.desktop"), QStringLiteral("image/png"), kPng},
                            first.opener())
                    .ok());
    CHECK(first.path.endsWith(QStringLiteral(".png")));
    CHECK_FALSE(first.path.contains(QStringLiteral("ใบยินยอม")));
    CHECK(QFileInfo(first.path).absolutePath() == QFileInfo(OpenedFiles::defaultFolder()).absoluteFilePath());
    CHECK(QFileInfo::exists(first.path));

    // Content of an unknown type is not handed to any program.
    Opened never;
    const Status unknown
            = FormFiles::open(ScannedForm{QStringLiteral("form.pdf"), {}, "MZ\x90 not a form"}, never.opener());
    CHECK_FALSE(unknown.ok());
    CHECK(never.path.isEmpty());

    window.actions()->lockNow->trigger();
    REQUIRE(window.accountScreens()->isLocked());
    CHECK_FALSE(QFileInfo::exists(first.path));

    auto *field = child<QLineEdit>(*window.accountScreens()->lockScreen(), QStringLiteral("unlockPassword"));
    retype(field, kTestPassword);
    click(*window.accountScreens()->lockScreen(), QStringLiteral("unlockButton"));
    REQUIRE_FALSE(window.accountScreens()->isLocked());
    Opened second;
    REQUIRE(FormFiles::open(ScannedForm{QStringLiteral("scan.pdf"), {}, "%PDF-1.4 form"}, second.opener()).ok());
    CHECK(second.path.endsWith(QStringLiteral(".pdf")));
    REQUIRE(QFileInfo::exists(second.path));
    window.accountScreens()->signOut();
    CHECK_FALSE(QFileInfo::exists(second.path));
}
