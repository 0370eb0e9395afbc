// Class-grid keystroke benchmark: how many keys a teacher needs per answer
// when screening a whole class with the SDQ in the class grid.
//
//   care_bench_grid_keystrokes [--students 40] [--missing-every 17]
//
// Builds a database with one classroom of `students` (target: 40), signs in
// its teacher, and drives the real dialog with key events only, counting
// every key: Ctrl+G is left to the menu test; here the count starts at the
// dialog — Enter on "Open sheet" (class, form and date are preset), one key
// per answer (a digit, or '-' every `missing-every` answers), Ctrl+S to
// save. Every stored answer is read back through ScreeningService and
// compared. Prints keys, answers and keys per answer (target ≤ 1.05 for
// 40 × 25), and the time per key as the grid rescored its row.
#include "app/appcontext.h"
#include "domain/validation.h"
#include "screening/classgridchooser.h"
#include "screening/classgriddialog.h"
#include "screening/classgridmodel.h"
#include "screening/classgridview.h"
#include "services/accountservice.h"
#include "services/screeningservice.h"
#include "services/studentservice.h"
#include "storage/schoolrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace care;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.describe()));
    return 1;
}

struct Setup {
    DatabasePtr db;
    QString classroomId;
    QString yearId;
    Session teacher;
    QStringList students;
};

Result<Setup> build(const QString &path, const Clock &clock, int studentCount)
{
    auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    Setup s;
    s.db = opened.value();
    QString schoolId;
    {
        WriteScope scope(*s.db, Actor::system(QStringLiteral("bench")), clock);
        Municipality m{scope.makeId(), QStringLiteral("5400101"), QStringLiteral("เทศบาลนครขอนแก่น"),
                       QStringLiteral("Khon Kaen City Municipality"), QStringLiteral("ขอนแก่น")};
        School school;
        school.id = schoolId = scope.makeId();
        school.municipalityId = m.id;
        school.code = QStringLiteral("40010001");
        school.nameTh = QStringLiteral("โรงเรียนเทศบาลวัดกลาง");
        school.kind = SchoolKind::Primary;
        school.lowestGrade = Grade::P1;
        school.highestGrade = Grade::P6;
        AcademicYear year{scope.makeId(), 2568, QDate(2025, 5, 16), QDate(2026, 3, 31)};
        s.yearId = year.id;
        Term term{scope.makeId(), year.id, 1, QDate(2025, 5, 16), QDate(2025, 10, 10)};
        Classroom classroom{scope.makeId(), school.id, year.id, Grade::P5, 1, {}};
        s.classroomId = classroom.id;
        for (Status st : {SchoolRepository::insert(scope, m), SchoolRepository::insert(scope, school),
                          SchoolRepository::insert(scope, year), SchoolRepository::insert(scope, term),
                          SchoolRepository::insert(scope, classroom)})
            if (!st)
                return st.error();
        if (auto st = scope.commit(); !st)
            return st.error();
    }
    AccountService accounts(*s.db, clock, crypto::PasswordCost::minimal());
    NewUser admin{QStringLiteral("admin"),           QStringLiteral("Bench Admin"), Role::SystemAdministrator, {}, {},
                  QStringLiteral("bench password 1")};
    auto setUp = accounts.setUp(admin);
    if (!setUp)
        return setUp.error();
    NewUser director{QStringLiteral("director"),        QStringLiteral("Bench Director"), Role::Director, schoolId, {},
                     QStringLiteral("bench password 1")};
    NewUser teacher{QStringLiteral("teacher"), QStringLiteral("Bench Teacher"),   Role::Teacher, schoolId,
                    {s.classroomId},           QStringLiteral("bench password 1")};
    for (const NewUser &u : {director, teacher})
        if (auto added = accounts.addUser(setUp->administrator, u); !added)
            return added.error();
    auto directorSession = accounts.signIn(director.username, director.password);
    if (!directorSession)
        return directorSession.error();
    StudentService studentService(*s.db, clock);
    for (int i = 1; i <= studentCount; ++i) {
        StudentRecord r;
        r.student.schoolId = schoolId;
        r.student.idKind = IdKind::None;
        r.student.prefix = i % 2 ? QStringLiteral("ด.ช.") : QStringLiteral("ด.ญ.");
        r.student.firstNameTh = QStringLiteral("นักเรียน%1").arg(i, 2, 10, QLatin1Char('0'));
        r.student.lastNameTh = QStringLiteral("ทดสอบ");
        r.student.birthDate = QDate(2014, 1, 1).addDays(i * 5);
        r.student.sex = i % 2 ? Sex::Male : Sex::Female;
        r.student.status = StudentStatus::Studying;
        r.classroomId = s.classroomId;
        r.classNumber = i;
        auto id = studentService.create(r, directorSession.value());
        if (!id)
            return id.error();
        s.students << id.value();
    }
    auto teacherSession = accounts.signIn(teacher.username, teacher.password);
    if (!teacherSession)
        return teacherSession.error();
    s.teacher = teacherSession.value();
    return s;
}

}  // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption studentsOption(QStringLiteral("students"), QStringLiteral("Class size."), QStringLiteral("n"),
                                      QStringLiteral("40"));
    QCommandLineOption missingOption(QStringLiteral("missing-every"),
                                     QStringLiteral("Type '-' for every n-th answer (0: never)."), QStringLiteral("n"),
                                     QStringLiteral("17"));
    parser.addOptions({studentsOption, missingOption});
    parser.process(app);
    const int studentCount = std::max(1, parser.value(studentsOption).toInt());
    const int missingEvery = std::max(0, parser.value(missingOption).toInt());

    const FixedClock clock(QDateTime(QDate(2025, 6, 2), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    auto setup = build(dir.filePath(QStringLiteral("bench.care")), clock, studentCount);
    if (!setup)
        return fail(QStringLiteral("set-up"), setup.error());

    ui::AppContext context(setup->db, clock, setup->teacher);
    ui::ClassGridDialog dialog(context, setup->yearId, setup->classroomId);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ui::ClassGridModel *model = dialog.model();
    ui::ClassGridView *view = dialog.view();

    int keys = 0;
    const auto press = [&keys](QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(target, key, modifiers);
        ++keys;
    };
    // The chooser opens with the class of the menu's choice, the teacher form
    // and today, the class list focused: Enter (the default button) opens the sheet.
    press(dialog.focusWidget() ? dialog.focusWidget() : dialog.chooser()->openButton(), Qt::Key_Return);
    if (model->rowCount() != studentCount || model->itemCount() != 25)
        return fail(QStringLiteral("open"), Error{dialog.message(), {}, {}});

    QList<QList<std::optional<int>>> typed(studentCount);
    QElapsedTimer timer;
    timer.start();
    int answers = 0;
    for (int s = 0; s < studentCount; ++s)
        for (int i = 0; i < 25; ++i) {
            ++answers;
            QWidget *focused = QApplication::focusWidget() ? QApplication::focusWidget() : view;
            if (missingEvery > 0 && answers % missingEvery == 0) {
                press(focused, Qt::Key_Minus);
                typed[s] << std::nullopt;
            } else {
                const int value = (s * 31 + i * 7 + answers) % 3;
                press(focused, Qt::Key(Qt::Key_0 + value));
                typed[s] << value;
            }
        }
    const double msPerKey = timer.nsecsElapsed() / 1e6 / answers;
    press(QApplication::focusWidget() ? QApplication::focusWidget() : view, Qt::Key_S, Qt::ControlModifier);
    if (model->isDirty())
        return fail(QStringLiteral("save"), Error{dialog.message(), {}, {}});

    ScreeningService service(*setup->db, clock);
    int mismatches = 0;
    for (int s = 0; s < studentCount; ++s) {
        auto results = service.results(setup->teacher, setup->students.at(s));
        if (!results)
            return fail(QStringLiteral("read back"), results.error());
        if (results->size() != 1 || results->first().answers.items != typed.at(s))
            ++mismatches;
    }
    std::printf("class grid: %d students x 25 SDQ items = %d answers (%d typed as missing)\n", studentCount, answers,
                missingEvery > 0 ? answers / missingEvery : 0);
    std::printf("keys pressed: %d (open sheet 1, answers %d, save 1)\n", keys, answers);
    std::printf("keystrokes per answer: %.4f (target <= 1.05)\n", double(keys) / answers);
    std::printf("time per answer key, rescoring the row: %.3f ms\n", msPerKey);
    std::printf("stored answers read back: %s\n", mismatches == 0 ? "all match" : "MISMATCH");
    return mismatches == 0 ? 0 : 1;
}
