// Consent and "who viewed this" on the student profile, and break-the-glass.
#include "privacyguitest.h"
#include "studentguitest.h"

#include "domain/validation.h"
#include "locale/dates.h"
#include "privacy/breakglassdialog.h"
#include "privacy/consentbox.h"
#include "privacy/consentdecisiondialog.h"
#include "privacy/subjectaccessexport.h"
#include "services/consentservice.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

// Fills and saves the dialog the way a user does.
void recordDecision(StudentProfileView &view, ConsentPurpose purpose, ConsentDecision decision, const QDate &on,
                    const QString &formPath = {})
{
    QTest::mouseClick(child<QPushButton>(view, QStringLiteral("recordConsent")), Qt::LeftButton);
    ConsentDecisionDialog *dialog = nullptr;
    for (ConsentDecisionDialog *candidate : view.findChildren<ConsentDecisionDialog *>())
        if (candidate->isVisible())
            dialog = candidate;
    REQUIRE(dialog);
    auto *purposes = child<QComboBox>(*dialog, QStringLiteral("purpose"));
    purposes->setCurrentIndex(purposes->findData(code(purpose)));
    auto *decisions = child<QComboBox>(*dialog, QStringLiteral("decision"));
    decisions->setCurrentIndex(decisions->findData(code(decision)));
    retype(child<QLineEdit>(*dialog, QStringLiteral("decidedOn")), formatDate(on, DateStyle::Numeric));
    child<QPlainTextEdit>(*dialog, QStringLiteral("note"))->setPlainText(QStringLiteral("แม่ลงชื่อที่โรงเรียน"));
    if (!formPath.isEmpty())
        REQUIRE(dialog->attachForm(formPath).ok());
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("saveConsent")), Qt::LeftButton);
    INFO(child<QLabel>(*dialog, QStringLiteral("consentError"))->text().toStdString());
    REQUIRE(dialog->result() == QDialog::Accepted);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString currentDecision(StudentProfileView &view, ConsentPurpose purpose)
{
    auto *current = child<QTableWidget>(view, QStringLiteral("consentCurrent"));
    for (int row = 0; row < current->rowCount(); ++row)
        if (current->item(row, 0)->text() == label(purpose))
            return current->item(row, 1)->text();
    return {};
}

} // namespace

TEST_CASE("a consent decision recorded through the dialog shows, the latest one winning", "[gui][privacy][consent]")
{
    PrivacyFixture f;
    const QString id = f.addStudent(QStringLiteral("สมชาย"), 301, true);
    auto counsellor = f.context(sessionFor(f.t, Role::Counsellor));
    StudentProfileView view(*counsellor);
    view.resize(1000, 900);
    view.show();
    view.showStudent(id);
    REQUIRE(child<QGroupBox>(view, QStringLiteral("consentBox"))->isVisible());
    CHECK(currentDecision(view, ConsentPurpose::Screening) == QStringLiteral("Never asked"));

    QTemporaryDir dir;
    const QString formPath = dir.filePath(QStringLiteral("form.png"));
    {
        QFile png(formPath);
        REQUIRE(png.open(QIODevice::WriteOnly));
        png.write(QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(64, 'x'));
    }
    const QDate today = testClock().today();
    recordDecision(view, ConsentPurpose::Screening, ConsentDecision::Given, today.addDays(-10), formPath);
    CHECK(currentDecision(view, ConsentPurpose::Screening) == label(ConsentDecision::Given));
    recordDecision(view, ConsentPurpose::Screening, ConsentDecision::Withdrawn, today.addDays(-2));
    CHECK(currentDecision(view, ConsentPurpose::Screening) == label(ConsentDecision::Withdrawn));
    CHECK(currentDecision(view, ConsentPurpose::Referral) == QStringLiteral("Never asked"));
    auto *history = child<QTableWidget>(view, QStringLiteral("consentHistory"));
    CHECK(history->rowCount() == 2);
    CHECK(history->item(0, 2)->text() == label(ConsentDecision::Withdrawn));  // newest first
    CHECK(history->item(0, 3)->text().contains(QStringLiteral("มาลี")));

    SECTION("an older decision entered later does not win")
    {
        recordDecision(view, ConsentPurpose::Screening, ConsentDecision::Given, today.addDays(-30));
        CHECK(currentDecision(view, ConsentPurpose::Screening) == label(ConsentDecision::Withdrawn));
    }
    SECTION("Open form writes an owner-only copy for the viewer")
    {
        QString opened;
        view.findChild<ConsentBox *>()->setFormOpener([&opened](const QString &path) {
            opened = path;
            return true;
        });
        history->selectRow(1);
        auto *open = child<QPushButton>(view, QStringLiteral("openConsentForm"));
        REQUIRE(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        REQUIRE_FALSE(opened.isEmpty());
        QFile copy(opened);
        CHECK(copy.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        REQUIRE(copy.open(QIODevice::ReadOnly));
        CHECK(copy.readAll().startsWith("\x89PNG"));
    }
    SECTION("the reading of consent is listed under who viewed this")
    {
        auto *views = child<QTableWidget>(view, QStringLiteral("viewsTable"));
        REQUIRE(views->rowCount() >= 1);
        CHECK(views->item(0, 1)->text() == counsellor->session().displayName());
    }
}

TEST_CASE("consent and who viewed this stay hidden from those core refuses", "[gui][privacy][consent]")
{
    PrivacyFixture f;
    const QString id = f.addStudent(QStringLiteral("สมชาย"), 302, true);
    // The administrator sees no case content by default.
    auto admin = f.context(f.t.admin);
    StudentProfileView view(*admin);
    view.show();
    view.showStudent(id);
    CHECK_FALSE(child<QGroupBox>(view, QStringLiteral("consentBox"))->isVisible());
    CHECK_FALSE(child<QPushButton>(view, QStringLiteral("exportSubjectAccess"))->isVisible());
}

TEST_CASE("break-the-glass refuses an empty reason, then opens the record with one", "[gui][privacy][breakglass]")
{
    PrivacyFixture f;
    const QString id = f.addStudent(QStringLiteral("สมชาย"), 401);
    auto officer = f.context(sessionFor(f.t, Role::MunicipalOfficer));
    BreakGlassDialog dialog(*officer);
    dialog.show();
    CHECK(child<QLabel>(dialog, QStringLiteral("breakGlassWarning"))->text().contains(QStringLiteral("3 hour")));
    type(child<QLineEdit>(dialog, QStringLiteral("studentKey")), formatCitizenId(nationalIdFor(401)));
    auto *open = child<QPushButton>(dialog, QStringLiteral("openRecord"));
    QTest::mouseClick(open, Qt::LeftButton);
    auto *error = child<QLabel>(dialog, QStringLiteral("breakGlassError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("reason")));
    CHECK(dialog.result() != QDialog::Accepted);

    child<QPlainTextEdit>(dialog, QStringLiteral("reason"))->setPlainText(QStringLiteral("short"));
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);

    child<QPlainTextEdit>(dialog, QStringLiteral("reason"))
        ->setPlainText(QStringLiteral("Mother called: the child has not come home since yesterday"));
    QTest::mouseClick(open, Qt::LeftButton);
    INFO(error->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.grant().studentId == id);

    StudentProfileView view(*officer);
    view.show();
    view.showStudent(dialog.grant().studentId);
    CHECK(child<QLabel>(view, QStringLiteral("studentName"))->text().contains(QStringLiteral("สมชาย")));
}

TEST_CASE("break-the-glass names a student number nobody has", "[gui][privacy][breakglass]")
{
    PrivacyFixture f;
    f.addStudent(QStringLiteral("สมชาย"), 402);
    auto officer = f.context(sessionFor(f.t, Role::MunicipalOfficer));
    BreakGlassDialog dialog(*officer);
    type(child<QLineEdit>(dialog, QStringLiteral("studentKey")), QStringLiteral("99999"));
    child<QPlainTextEdit>(dialog, QStringLiteral("reason"))->setPlainText(QStringLiteral("Referral from the hospital"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openRecord")), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(dialog, QStringLiteral("breakGlassError"))->text().contains(QStringLiteral("99999")));
}

TEST_CASE("the subject-access export writes JSON and PDF for those who may export", "[gui][privacy][export]")
{
    PrivacyFixture f;
    const QString id = f.addStudent(QStringLiteral("สมชาย"), 501, true);
    auto teacher = f.context(sessionFor(f.t, Role::Teacher, {f.t.classroomId}));
    StudentProfileView teacherView(*teacher);
    teacherView.show();
    teacherView.showStudent(id);
    CHECK_FALSE(child<QPushButton>(teacherView, QStringLiteral("exportSubjectAccess"))->isVisible());  // no export right

    auto director = f.context(f.director);
    StudentProfileView view(*director);
    view.show();
    view.showStudent(id);
    CHECK(child<QPushButton>(view, QStringLiteral("exportSubjectAccess"))->isVisible());
    QTemporaryDir out;
    auto written = SubjectAccessExport::write(*director, id, out.path());
    INFO(errorText(written));
    REQUIRE(written.ok());
    REQUIRE(written->size() == 2);
    CHECK(written->at(0).endsWith(QStringLiteral(".json")));
    CHECK(written->at(1).endsWith(QStringLiteral(".pdf")));
    for (const QString &path : written.value())
        CHECK(QFile(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}
