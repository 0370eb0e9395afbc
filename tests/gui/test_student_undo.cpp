// Undo and redo of student edits never revert or delete what was saved
// elsewhere since: only the fields a command changed go back, and a command
// whose fields (or child) others have built on is refused with a message.
#include "studentguitest.h"
#include "testdatabase.h"

#include "app/appcontext.h"
#include "app/uilanguage.h"
#include "services/screeningservice.h"
#include "storage/studentrepository.h"
#include "student/studenteditdialog.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

int screeningsOf(Database &db, const QString &studentId)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT count(*) FROM screening_result WHERE student_id = ?")));
    q.addBindValue(studentId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A teacher's SDQ for the student, as the screening screen saves it.
void recordScreening(TestDatabase &t, const QString &studentId)
{
    ScreeningEntry entry;
    entry.studentId = studentId;
    entry.instrumentId = QStringLiteral("sdq-teacher-4-17");
    entry.screenedOn = QDate(2025, 6, 1);
    entry.answers.items = QList<std::optional<int>>(25, 1);
    auto saved = ScreeningService(*t.db, testClock()).record(sessionFor(t, Role::Counsellor), entry);
    INFO(errorText(saved));
    REQUIRE(saved.ok());
}

// Saves the edit dialog of `id` after `edit` changed it.
template <typename Edit>
void editInDialog(AppContext &context, const QString &id, Edit &&edit)
{
    StudentEditDialog dialog(context, id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    edit(dialog);
    auto *save = child<QPushButton>(dialog, QStringLiteral("saveButton"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
}

// A change saved elsewhere (another window, the CLI, a sync) through the service.
template <typename Change>
void changeElsewhere(TestDatabase &t, const QString &id, Change &&change)
{
    StudentService service(*t.db, testClock());
    const Session other = sessionFor(t, Role::Counsellor);
    auto record = service.load(other, id);
    REQUIRE(record.ok());
    StudentRecord changed = record.value();
    change(changed);
    const Status saved = service.update(changed, other);
    INFO(errorText(saved));
    REQUIRE(saved.ok());
}

}  // namespace

TEST_CASE("undoing an added student is refused once a screening refers to it", "[gui][student][undo]")
{
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    StudentEditDialog dialog(context);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(child<QLineEdit>(dialog, QStringLiteral("firstNameTh")), QStringLiteral("สมชาย"));
    type(child<QLineEdit>(dialog, QStringLiteral("lastNameTh")), QStringLiteral("ใจดี"));
    type(child<QLineEdit>(dialog, QStringLiteral("birthDateText")), QStringLiteral("12/3/2559"));
    type(child<QLineEdit>(dialog, QStringLiteral("citizenId")), nationalIdFor(98));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const QString id = dialog.studentId();
    recordScreening(t, id);
    REQUIRE(context.undoStack().count() == 1);
    QSignalSpy refused(&context, &AppContext::commandRefused);

    context.undoStack().undo();
    QCoreApplication::processEvents();
    StudentRepository repo(*t.db);
    CHECK(repo.student(id).ok());
    CHECK(screeningsOf(*t.db, id) == 1);
    REQUIRE(refused.count() == 1);
    CHECK(refused.first().at(1).toString().contains(QStringLiteral("1 screening result")));
    // The command keeps its place and can be tried again; the stack still works.
    CHECK(context.undoStack().count() == 1);
    CHECK(context.undoStack().index() == 1);
    CHECK(context.undoStack().canUndo());
    context.undoStack().undo();
    QCoreApplication::processEvents();
    CHECK(refused.count() == 2);
    CHECK(repo.student(id).ok());
    CHECK(context.undoStack().index() == 1);
}

TEST_CASE("undoing an edit reverts only its own fields", "[gui][student][undo]")
{
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    auto created = context.students().create(
            makeStudentRecord(t, QStringLiteral("มานี"), QStringLiteral("มีนา"), nationalIdFor(71)), context.session());
    REQUIRE(created);
    const QString id = created.value();
    StudentRepository repo(*t.db);

    editInDialog(context, id, [](StudentEditDialog &dialog) {
        retype(child<QLineEdit>(dialog, QStringLiteral("firstNameTh")), QStringLiteral("มานะ"));
    });
    REQUIRE(repo.student(id)->firstNameTh == QStringLiteral("มานะ"));

    QSignalSpy refused(&context, &AppContext::commandRefused);

    SECTION("a field changed elsewhere stays")
    {
        changeElsewhere(t, id, [](StudentRecord &r) { r.student.nickname = QStringLiteral("นะ"); });
        context.undoStack().undo();
        QCoreApplication::processEvents();
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานี"));
        CHECK(repo.student(id)->nickname == QStringLiteral("นะ"));
        CHECK(context.undoStack().index() == 0);

        context.undoStack().redo();
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานะ"));
        CHECK(repo.student(id)->nickname == QStringLiteral("นะ"));
        CHECK(refused.count() == 0);
    }
    SECTION("the same field changed elsewhere refuses the undo, naming it in the user's language")
    {
        changeElsewhere(t, id, [](StudentRecord &r) { r.student.firstNameTh = QStringLiteral("มานพ"); });
        {
            // The translations installed, as the running app has them; English again after.
            struct ThaiUi {
                ThaiUi() { applyUiLanguage(Language::Thai, false); }
                ~ThaiUi() { applyUiLanguage(Language::English, false); }
            } thai;
            context.undoStack().undo();
            QCoreApplication::processEvents();
            REQUIRE(refused.count() == 1);
            // The label the form shows, without its mnemonic: "ชื่อ (ภาษาไทย) (&F)".
            CHECK(refused.first().at(1).toString().contains(QStringLiteral("ชื่อ (ภาษาไทย)")));
        }
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานพ"));
        CHECK(context.undoStack().index() == 1);
        context.undoStack().undo();
        QCoreApplication::processEvents();
        REQUIRE(refused.count() == 2);
        CHECK(refused.last().at(1).toString().contains(QStringLiteral("First name (Thai)")));

        // Put back the way it was elsewhere, the undo goes through.
        changeElsewhere(t, id, [](StudentRecord &r) { r.student.firstNameTh = QStringLiteral("มานะ"); });
        context.undoStack().undo();
        QCoreApplication::processEvents();
        CHECK(repo.student(id)->firstNameTh == QStringLiteral("มานี"));
        CHECK(context.undoStack().index() == 0);
    }
}
