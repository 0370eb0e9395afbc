// The student profile view, and pictures of the student screens.
#include "studentguitest.h"
#include "testdatabase.h"

#include "app/appcontext.h"
#include "app/bundledfonts.h"
#include "app/uilanguage.h"
#include "domain/validation.h"
#include "storage/schoolrepository.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"
#include "student/guardianeditdialog.h"
#include "student/studenteditdialog.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace care;
using namespace care::test;
using namespace care::ui;

TEST_CASE("the profile shows Buddhist Era years in Thai and highlights warning signs", "[gui][student][profile]")
{
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    StudentRecord record = makeStudentRecord(t, QStringLiteral("ปิติ"), QStringLiteral("ชูใจ"), nationalIdFor(5));
    record.student.birthDate = QDate(2016, 3, 12);
    auto created = context.students().create(record, context.session());
    REQUIRE(created);
    const QString id = created.value();
    {
        WriteScope scope(*t.db, context.actor(), testClock());
        REQUIRE(StudentRepository::insert(scope, AttendanceRecord{scope.makeId(), id, t.termIds[0], 40, 4, 1}));
        REQUIRE(StudentRepository::insert(scope, AcademicRecord{scope.makeId(), id, t.termIds[0], 2.0, 0, 1, 0}));
        REQUIRE(scope.commit());
    }

    StudentProfileView view(context);
    view.resize(900, 700);
    view.show();
    SECTION("Thai: 2559, never 2016")
    {
        const LanguageGuard thai(Language::Thai);
        view.showStudent(id);
        const QString birth = child<QLabel>(view, QStringLiteral("birthDateValue"))->text();
        CHECK(birth.contains(QString::number(2016 + 543)));
        CHECK(birth.contains(QStringLiteral("มีนาคม")));
        CHECK_FALSE(birth.contains(QStringLiteral("2016")));
        auto *terms = child<QTableWidget>(view, QStringLiteral("termTable"));
        REQUIRE(terms->rowCount() == 1);
        CHECK(terms->item(0, 0)->text() == QStringLiteral("2568/1"));
        CHECK(terms->item(0, 4)->font().bold());  // 10% absent
        CHECK_FALSE(terms->item(0, 6)->font().bold());  // no 0
        CHECK(terms->item(0, 7)->font().bold());  // one ร
        CHECK(child<QLabel>(view, QStringLiteral("citizenIdValue"))->text().startsWith(formatCitizenId(nationalIdFor(5))));
    }
    SECTION("a language change redraws the dates")
    {
        setCurrentLanguage(Language::English);
        view.showStudent(id);
        CHECK(child<QLabel>(view, QStringLiteral("birthDateValue"))->text().contains(QStringLiteral("2016")));
        applyUiLanguage(Language::Thai, false);  // posts LanguageChange to every window
        QCoreApplication::processEvents();
        CHECK(child<QLabel>(view, QStringLiteral("birthDateValue"))->text().contains(QStringLiteral("2559")));
        applyUiLanguage(Language::English, false);
        QCoreApplication::processEvents();
        CHECK(child<QLabel>(view, QStringLiteral("birthDateValue"))->text().contains(QStringLiteral("2016")));
    }
    SECTION("a saved change reloads the profile, and so does its undo")
    {
        view.showStudent(id);
        StudentEditDialog dialog(context, id);
        dialog.show();
        retype(child<QLineEdit>(dialog, QStringLiteral("firstNameTh")), QStringLiteral("ปิยะ"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
        CHECK(child<QLabel>(view, QStringLiteral("studentName"))->text().contains(QStringLiteral("ปิยะ")));
        context.undoStack().undo();
        CHECK(child<QLabel>(view, QStringLiteral("studentName"))->text().contains(QStringLiteral("ปิติ")));
    }
    SECTION("Edit… asks for the shown student")
    {
        view.showStudent(id);
        QSignalSpy asked(&view, &StudentProfileView::editRequested);
        QTest::mouseClick(child<QPushButton>(view, QStringLiteral("editStudent")), Qt::LeftButton);
        REQUIRE(asked.count() == 1);
        CHECK(asked.first().at(0).toString() == id);
    }
}

namespace {

// A student with everything filled in, two years of enrollment and two terms.
QString fullStudent(const TestDatabase &t, AppContext &context)
{
    StudentRecord record = makeStudentRecord(t, QStringLiteral("ธนากร"), QStringLiteral("ศรีสุวรรณ"), nationalIdFor(314));
    Student &s = record.student;
    s.prefix = QStringLiteral("ด.ช.");
    s.firstNameEn = QStringLiteral("Thanakorn");
    s.lastNameEn = QStringLiteral("Srisuwan");
    s.nickname = QStringLiteral("ต้นกล้า");
    s.studentNumber = QStringLiteral("10452");
    s.birthDate = QDate(2015, 8, 21);
    s.address = Address{QStringLiteral("123/45"), QStringLiteral("7"), QStringLiteral("โนนหนองวัด"),
                        QStringLiteral("ถนนมิตรภาพ ซอย 5"), QStringLiteral("ในเมือง"), QStringLiteral("เมืองขอนแก่น"),
                        QStringLiteral("ขอนแก่น"), QStringLiteral("40000")};
    Household h;
    h.memberCount = 5;
    h.monthlyIncomeBaht = 12500;
    h.livingArrangement = LivingArrangement::Grandparents;
    record.household = h;
    GuardianLink grandmother;
    grandmother.guardian = Guardian{{}, QStringLiteral("นาง"), QStringLiteral("บุญเรือน"), QStringLiteral("ศรีสุวรรณ"),
                                    {}, QStringLiteral("081-234-5678"), QStringLiteral("ค้าขาย"), {}};
    grandmother.relation = GuardianRelation::Grandmother;
    grandmother.isPrimary = true;
    GuardianLink mother;
    mother.guardian = Guardian{{}, QStringLiteral("นางสาว"), QStringLiteral("วิไลวรรณ"), QStringLiteral("ศรีสุวรรณ"),
                               {}, QStringLiteral("089-876-5432"), QStringLiteral("พนักงานโรงงาน (กรุงเทพฯ)"), {}};
    mother.relation = GuardianRelation::Mother;
    mother.livesWithStudent = false;
    record.guardians << grandmother << mother;
    record.classNumber = 12;
    auto created = context.students().create(record, context.session());
    INFO(errorText(created));
    REQUIRE(created);
    const QString id = created.value();

    WriteScope scope(*t.db, context.actor(), testClock());
    AcademicYear last{scope.makeId(), 2567, QDate(2024, 5, 16), QDate(2025, 3, 31)};
    REQUIRE(SchoolRepository::insert(scope, last));
    Term lastTerm{scope.makeId(), last.id, 2, QDate(2024, 11, 1), QDate(2025, 3, 31)};
    REQUIRE(SchoolRepository::insert(scope, lastTerm));
    Classroom p3{scope.makeId(), t.schoolId, last.id, Grade::P3, 2, QStringLiteral("ครูสมใจ")};
    REQUIRE(SchoolRepository::insert(scope, p3));
    REQUIRE(StudentRepository::insert(scope, Enrollment{scope.makeId(), id, p3.id, last.id, 9}));
    REQUIRE(StudentRepository::insert(scope, AttendanceRecord{scope.makeId(), id, lastTerm.id, 98, 3, 4}));
    REQUIRE(StudentRepository::insert(scope, AcademicRecord{scope.makeId(), id, lastTerm.id, 3.0, 0, 0, 0}));
    REQUIRE(StudentRepository::insert(scope, AttendanceRecord{scope.makeId(), id, t.termIds[0], 12, 2, 1}));
    REQUIRE(StudentRepository::insert(scope, AcademicRecord{scope.makeId(), id, t.termIds[0], 1.5, 1, 0, 1}));
    REQUIRE(scope.commit());
    return id;
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CARE_SCREENSHOT_DIR");
    QTest::qWait(100);  // let layouts settle after the last key
    REQUIRE(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

// Hidden: renders the dialogs and the profile for a look by eye.
// CARE_SCREENSHOT_DIR=/tmp/shots care_gui_tests "[screenshots]"
TEST_CASE("student screens as pictures", "[.][screenshots]")
{
    if (qEnvironmentVariableIsEmpty("CARE_SCREENSHOT_DIR"))
        return;
    installBundledThaiFont();
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    const QString id = fullStudent(t, context);
    for (Language language : {Language::Thai, Language::English}) {
        applyUiLanguage(language, false);
        const QString suffix = languageCode(language);
        StudentProfileView view(context);
        view.resize(980, 900);
        view.show();
        view.showStudent(id);
        saveShot(view, QStringLiteral("profile_") + suffix);

        StudentEditDialog edit(context, id);
        edit.show();
        saveShot(edit, QStringLiteral("edit_") + suffix);

        StudentEditDialog fresh(context);
        fresh.show();
        type(child<QLineEdit>(fresh, QStringLiteral("firstNameTh")), QStringLiteral("สมชาย"));
        type(child<QLineEdit>(fresh, QStringLiteral("citizenId")), QStringLiteral("1-1037-00123-45-0"));
        type(child<QLineEdit>(fresh, QStringLiteral("birthDateText")), QStringLiteral("12/3/2559"));
        type(child<QLineEdit>(fresh, QStringLiteral("postcode")), QStringLiteral("400"));
        saveShot(fresh, QStringLiteral("new_") + suffix);

        GuardianEditDialog guardian;
        guardian.show();
        type(child<QLineEdit>(guardian, QStringLiteral("firstName")), QStringLiteral("บุญมี"));
        type(child<QLineEdit>(guardian, QStringLiteral("phone")), QStringLiteral("08-12"));
        saveShot(guardian, QStringLiteral("guardian_") + suffix);
    }
    applyUiLanguage(Language::English, false);
}
