// The audit viewer: filters, paging and the check of the hash chain.
#include "privacyguitest.h"
#include "rawconnection.h"
#include "studentguitest.h"

#include "domain/validation.h"
#include "locale/dates.h"
#include "privacy/auditchaincheck.h"
#include "privacy/auditlabels.h"
#include "privacy/auditviewerdialog.h"
#include "services/studentservice.h"
#include "storage/writescope.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

QStringList column(QTableWidget *table, int column, bool tooltip = false)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << (tooltip ? table->item(row, column)->toolTip() : table->item(row, column)->text());
    return values;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the audit viewer's filters narrow the table", "[gui][privacy][audit]")
{
    PrivacyFixture f;
    const QString first = f.addStudent(QStringLiteral("สมชาย"), 101);
    const QString second = f.addStudent(QStringLiteral("สมศรี"), 102);
    const Session counsellor = sessionFor(f.t, Role::Counsellor);
    REQUIRE(StudentService(*f.t.db, testClock()).load(counsellor, second).ok());  // a view by the counsellor

    auto admin = f.context(f.t.admin);
    AuditViewerDialog dialog(*admin);
    dialog.show();
    auto *table = child<QTableWidget>(dialog, QStringLiteral("auditTable"));
    auto *apply = child<QPushButton>(dialog, QStringLiteral("applyFilter"));
    const int all = table->rowCount();
    REQUIRE(all >= 3);

    SECTION("by action")
    {
        choose(child<QComboBox>(dialog, QStringLiteral("actionFilter")), QStringLiteral("view"));
        QTest::mouseClick(apply, Qt::LeftButton);
        REQUIRE(table->rowCount() >= 1);
        CHECK(table->rowCount() < all);
        for (const QString &action : column(table, 2))
            CHECK(action == AuditLabels::action(QStringLiteral("view")));
    }
    SECTION("by student, typed as the national ID")
    {
        type(child<QLineEdit>(dialog, QStringLiteral("studentFilter")), formatCitizenId(nationalIdFor(102)));
        QTest::mouseClick(apply, Qt::LeftButton);
        REQUIRE(table->rowCount() >= 2);  // created, viewed
        CHECK(table->rowCount() < all);
        for (const QString &record : column(table, 4, true))
            CHECK(record == second);
    }
    SECTION("by name: the administrator sees no names, so none match")
    {
        type(child<QLineEdit>(dialog, QStringLiteral("studentFilter")), QStringLiteral("สมศรี"));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(child<QLabel>(dialog, QStringLiteral("auditMessage"))->isVisible());
    }
    SECTION("by name: the director picks one of the matches")
    {
        auto director = f.context(f.director);
        AuditViewerDialog own(*director);
        own.show();
        auto *ownTable = child<QTableWidget>(own, QStringLiteral("auditTable"));
        type(child<QLineEdit>(own, QStringLiteral("studentFilter")), QStringLiteral("สมศรี"));
        QTest::mouseClick(child<QPushButton>(own, QStringLiteral("applyFilter")), Qt::LeftButton);
        REQUIRE(ownTable->rowCount() >= 2);
        for (const QString &record : column(ownTable, 4, true))
            CHECK(record == second);
        retype(child<QLineEdit>(own, QStringLiteral("studentFilter")), QStringLiteral("สม"));
        QTest::mouseClick(child<QPushButton>(own, QStringLiteral("applyFilter")), Qt::LeftButton);
        auto *matches = child<QComboBox>(own, QStringLiteral("studentMatches"));
        REQUIRE(matches->isVisible());
        REQUIRE(matches->count() == 2);
        choose(matches, first);
        QTest::mouseClick(child<QPushButton>(own, QStringLiteral("applyFilter")), Qt::LeftButton);
        REQUIRE(ownTable->rowCount() >= 1);
        for (const QString &record : column(ownTable, 4, true))
            CHECK(record == first);
    }
    SECTION("by user")
    {
        choose(child<QComboBox>(dialog, QStringLiteral("userFilter")), counsellor.userId());
        QTest::mouseClick(apply, Qt::LeftButton);
        REQUIRE(table->rowCount() >= 1);
        for (const QString &user : column(table, 1))
            CHECK(user == counsellor.displayName());
    }
    SECTION("by dates in the Buddhist Era")
    {
        const LanguageGuard thai(Language::Thai);
        auto *from = child<QLineEdit>(dialog, QStringLiteral("fromDate"));
        type(from, formatDate(testClock().today(), DateStyle::Numeric));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(table->rowCount() == all);
        retype(from, formatDate(testClock().today().addDays(1), DateStyle::Numeric));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(table->rowCount() == 0);
        retype(from, QStringLiteral("31/02/2568"));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(child<QLabel>(dialog, QStringLiteral("auditMessage"))->isVisible());
    }
    SECTION("clearing the filters shows everything again")
    {
        choose(child<QComboBox>(dialog, QStringLiteral("actionFilter")), QStringLiteral("view"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("clearFilter")), Qt::LeftButton);
        CHECK(table->rowCount() == all);
    }
}

TEST_CASE("the audit viewer pages older events with Load more", "[gui][privacy][audit]")
{
    PrivacyFixture f;
    {
        WriteScope scope(*f.t.db, f.t.admin.actor(), testClock());
        for (int i = 0; i < AuditViewerDialog::kPageSize + 30; ++i)
            REQUIRE(scope.audit(QStringLiteral("print"), QStringLiteral("student"), QStringLiteral("s%1").arg(i)));
        REQUIRE(scope.commit());
    }
    auto admin = f.context(f.t.admin);
    AuditViewerDialog dialog(*admin);
    auto *table = child<QTableWidget>(dialog, QStringLiteral("auditTable"));
    auto *more = child<QPushButton>(dialog, QStringLiteral("loadMore"));
    CHECK(table->rowCount() == AuditViewerDialog::kPageSize);
    CHECK(table->item(0, 4)->toolTip() == QStringLiteral("s%1").arg(AuditViewerDialog::kPageSize + 29));  // newest first
    REQUIRE(more->isEnabled());
    more->click();
    CHECK(table->rowCount() > AuditViewerDialog::kPageSize + 29);
    CHECK_FALSE(more->isEnabled());
}

TEST_CASE("verify chain says OK, and names the first bad event after tampering", "[gui][privacy][audit]")
{
    PrivacyFixture f;
    f.addStudent(QStringLiteral("สมชาย"), 201);
    f.addStudent(QStringLiteral("สมหญิง"), 202);
    auto admin = f.context(f.t.admin);
    AuditViewerDialog dialog(*admin);
    dialog.show();
    auto *chain = dialog.findChild<AuditChainCheck *>();
    REQUIRE(chain);

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("verifyChain")), Qt::LeftButton);
    REQUIRE(chain->waitForFinished());
    CHECK(chain->resultText().startsWith(QStringLiteral("OK")));

    qint64 target = 0;
    {
        RawConnection raw(f.t.path);
        target = raw.scalar(QStringLiteral("SELECT max(seq) - 1 FROM audit_event")).toLongLong();
        raw.exec(QStringLiteral("UPDATE audit_event SET summary = 'nothing happened' WHERE seq = ?"), {target});
    }
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("verifyChain")), Qt::LeftButton);
    REQUIRE(chain->waitForFinished());
    INFO(chain->resultText().toStdString());
    CHECK(chain->resultText().contains(QStringLiteral("First bad event: number %1.").arg(target)));
    CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("cancelVerify"))->isVisible());
}
