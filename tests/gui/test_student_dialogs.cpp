// The student add/edit dialogs and their undo, driven offscreen with real key events.
#include "studentguitest.h"
#include "testdatabase.h"

#include "app/appcontext.h"
#include "domain/validation.h"
#include "locale/dates.h"
#include "storage/studentrepository.h"
#include "student/guardianeditdialog.h"
#include "student/studenteditdialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

struct Counts {
    int students = 0, auditEvents = 0, changes = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(Database &db)
{
    Counts c;
    QSqlQuery q(db.connection());
    for (auto [table, out] : {std::pair{"student", &c.students}, std::pair{"audit_event", &c.auditEvents},
                              std::pair{"change_log", &c.changes}}) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        *out = q.value(0).toInt();
    }
    return c;
}

QPushButton *saveButton(QWidget &dialog) { return child<QPushButton>(dialog, QStringLiteral("saveButton")); }

// Types a complete new student except the ID number.
void fillNewStudent(StudentEditDialog &dialog)
{
    type(child<QLineEdit>(dialog, QStringLiteral("firstNameTh")), QStringLiteral("สมชาย"));
    type(child<QLineEdit>(dialog, QStringLiteral("lastNameTh")), QStringLiteral("ใจดี"));
    type(child<QLineEdit>(dialog, QStringLiteral("birthDateText")), QStringLiteral("12/3/2559"));
}

} // namespace

TEST_CASE("a wrong check digit is shown at the ID field and nothing is saved", "[gui][student]")
{
    const LanguageGuard thai(Language::Thai);
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    StudentEditDialog dialog(context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    fillNewStudent(dialog);

    const QString good = nationalIdFor(4242);
    QString wrong = good;
    wrong[12] = QChar(u'0' + (good.at(12).digitValue() + 1) % 10);
    auto *id = child<QLineEdit>(dialog, QStringLiteral("citizenId"));
    auto *idError = child<QLabel>(dialog, QStringLiteral("citizenIdError"));
    const Counts before = counts(*t.db);

    type(id, formatCitizenId(wrong));
    const QString expected = validateNationalId(wrong).error().message;
    CHECK(idError->isVisible());
    CHECK(idError->text() == expected);
    CHECK(idError->parentWidget() == id->parentWidget());  // right under the ID field
    CHECK(id->property("invalid").toBool());
    CHECK_FALSE(saveButton(dialog)->isEnabled());

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    dialog.accept();  // even forced, an invalid record is not saved
    CHECK(dialog.isVisible());
    CHECK(counts(*t.db) == before);
    CHECK(context.undoStack().count() == 0);

    retype(id, good);
    CHECK_FALSE(idError->isVisible());
    CHECK_FALSE(id->property("invalid").toBool());
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const Counts after = counts(*t.db);
    CHECK(after.students == before.students + 1);
    // One "create" event; reading the stored record back for undo audits a family view too.
    QSqlQuery created(t.db->connection());
    REQUIRE(created.prepare(
        QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' AND entity_id = ?")));
    created.addBindValue(dialog.studentId());
    REQUIRE(created.exec());
    REQUIRE(created.next());
    CHECK(created.value(0).toInt() == 1);
    CHECK(after.auditEvents > before.auditEvents);

    auto saved = StudentRepository(*t.db).student(dialog.studentId());
    REQUIRE(saved);
    CHECK(saved->citizenId == good);
    CHECK(saved->idKind == IdKind::NationalId);
    CHECK(saved->birthDate == QDate(2016, 3, 12));  // 2559 BE typed in Thai
    CHECK(saved->firstNameTh == QStringLiteral("สมชาย"));
}

TEST_CASE("inline messages follow each field as the user types", "[gui][student]")
{
    const LanguageGuard thai(Language::Thai);
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    StudentEditDialog dialog(context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Untouched empty fields are not red, but Save explains what is missing.
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("firstNameThError"))->isVisible());
    CHECK(child<QLabel>(dialog, QStringLiteral("problemSummary"))->isVisible());
    CHECK_FALSE(saveButton(dialog)->isEnabled());

    auto *birth = child<QLineEdit>(dialog, QStringLiteral("birthDateText"));
    type(birth, QStringLiteral("31/2/2559"));
    auto *birthError = child<QLabel>(dialog, QStringLiteral("birthDateError"));
    CHECK(birthError->isVisible());
    CHECK(birthError->text() == parseDate(QStringLiteral("31/2/2559")).error().message);
    retype(birth, QStringLiteral("12 มี.ค. 2559"));
    CHECK_FALSE(birthError->isVisible());
    auto *echo = child<QLabel>(dialog, QStringLiteral("birthDateEcho"));
    CHECK(echo->text().contains(QStringLiteral("12 มีนาคม 2559")));

    auto *postcode = child<QLineEdit>(dialog, QStringLiteral("postcode"));
    type(postcode, QStringLiteral("400"));
    CHECK(child<QLabel>(dialog, QStringLiteral("postcodeError"))->isVisible());
    type(postcode, QStringLiteral("00"));
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("postcodeError"))->isVisible());

    // A G-code switches the ID type by itself.
    type(child<QLineEdit>(dialog, QStringLiteral("citizenId")), QStringLiteral("G12345678901"));
    CHECK(child<QLabel>(dialog, QStringLiteral("citizenIdError"))->isVisible());
    CHECK(child<QComboBox>(dialog, QStringLiteral("idKind"))->currentData().toString() == code(IdKind::GCode));
    type(child<QLineEdit>(dialog, QStringLiteral("citizenId")), QStringLiteral("2"));
    CHECK_FALSE(child<QLabel>(dialog, QStringLiteral("citizenIdError"))->isVisible());
}

TEST_CASE("an edit can be undone and redone", "[gui][student][undo]")
{
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    auto created = context.students().create(
        makeStudentRecord(t, QStringLiteral("มานี"), QStringLiteral("มีนา"), nationalIdFor(77)), context.session());
    REQUIRE(created);
    const QString id = created.value();
    QSignalSpy changed(&context, &AppContext::studentChanged);

    StudentEditDialog dialog(context, id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(saveButton(dialog)->isEnabled());
    retype(child<QLineEdit>(dialog, QStringLiteral("firstNameTh")), QStringLiteral("มานะ"));
    retype(child<QLineEdit>(dialog, QStringLiteral("nickname")), QStringLiteral("นะ"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);

    StudentRepository repo(*t.db);
    CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานะ"));
    CHECK(repo.student(id)->nickname == QStringLiteral("นะ"));
    REQUIRE(context.undoStack().count() == 1);
    CHECK(context.undoStack().undoText().contains(QStringLiteral("มานะ")));
    CHECK(changed.count() == 1);

    context.undoStack().undo();
    CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานี"));
    CHECK(repo.student(id)->nickname.isEmpty());
    CHECK(changed.count() == 2);
    CHECK(changed.last().at(0).toString() == id);

    context.undoStack().redo();
    CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานะ"));
    CHECK(repo.student(id)->nickname == QStringLiteral("นะ"));
    CHECK(changed.count() == 3);
}

TEST_CASE("adding a student can be undone and redone with the same id", "[gui][student][undo]")
{
    const LanguageGuard thai(Language::Thai);
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    const Counts empty = counts(*t.db);
    StudentEditDialog dialog(context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    fillNewStudent(dialog);
    type(child<QLineEdit>(dialog, QStringLiteral("citizenId")), nationalIdFor(99));
    auto *classroom = child<QComboBox>(dialog, QStringLiteral("classroomId"));
    classroom->setFocus();
    QTest::keyClick(classroom, Qt::Key_Down);  // ป.4/1, the fixture's classroom
    REQUIRE(classroom->currentData().toString() == t.classroomId);

    // A guardian through the real guardian dialog.
    QTimer::singleShot(0, [] {
        auto *guardian = qobject_cast<GuardianEditDialog *>(QApplication::activeModalWidget());
        REQUIRE(guardian);
        type(child<QLineEdit>(*guardian, QStringLiteral("firstName")), QStringLiteral("บุญมี"));
        type(child<QLineEdit>(*guardian, QStringLiteral("phone")), QStringLiteral("08-12"));
        CHECK(child<QLabel>(*guardian, QStringLiteral("phoneError"))->isVisible());
        CHECK_FALSE(child<QPushButton>(*guardian, QStringLiteral("okButton"))->isEnabled());
        type(child<QLineEdit>(*guardian, QStringLiteral("phone")), QStringLiteral("34-5678"));
        REQUIRE(child<QPushButton>(*guardian, QStringLiteral("okButton"))->isEnabled());
        QTest::mouseClick(child<QPushButton>(*guardian, QStringLiteral("okButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addGuardian")), Qt::LeftButton);
    REQUIRE(dialog.record().guardians.size() == 1);

    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString id = dialog.studentId();
    REQUIRE_FALSE(id.isEmpty());
    StudentRepository repo(*t.db);
    auto profile = repo.profile(id);
    REQUIRE(profile);
    REQUIRE(profile->guardians.size() == 1);
    const QString guardianId = profile->guardians.first().guardian.id;
    CHECK(profile->enrollments.size() == 1);

    context.undoStack().undo();
    CHECK_FALSE(repo.student(id).ok());
    CHECK(counts(*t.db).students == empty.students);
    CHECK_FALSE(repo.guardian(guardianId).value().has_value());

    context.undoStack().redo();
    auto back = repo.profile(id);
    REQUIRE(back);
    CHECK(back->student.firstNameTh == QStringLiteral("สมชาย"));
    CHECK(back->student.birthDate == QDate(2016, 3, 12));
    REQUIRE(back->guardians.size() == 1);
    CHECK(back->guardians.first().guardian.id == guardianId);
    CHECK(back->guardians.first().guardian.phone == QStringLiteral("08-1234-5678"));
    REQUIRE(back->enrollments.size() == 1);
    CHECK(back->enrollments.first().classroomId == t.classroomId);
    CHECK(counts(*t.db).students == empty.students + 1);
}
