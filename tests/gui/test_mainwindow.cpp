// The main window on a small demo municipality, driven offscreen as a user would.
#include "app/bundledfonts.h"
#include "app/democreation.h"
#include "app/firstrundialog.h"
#include "app/uilanguage.h"
#include "demo/demogenerator.h"
#include "mainwindow/aboutdialog.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationpanel.h"
#include "mainwindow/studentlistmodel.h"
#include "mainwindow/studentlistpanel.h"
#include "locale/dates.h"
#include "security/accesscontrol.h"
#include "services/accountservice.h"
#include "util/clock.h"
#include "storage/schoolrepository.h"
#include "storage/studentsearch.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace care;
using namespace care::ui;

namespace {

constexpr int kStudents = 300;

// One demo file for all test cases of a run (generation is the slow part).
QString demoPath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("gui-demo.care"));
        demo::DemoOptions options;
        options.students = kStudents;
        options.seed = 7;
        options.passwordCost = crypto::PasswordCost::minimal();
        auto made = demo::generate(path, options);
        INFO((made ? std::string() : made.error().describe().toStdString()));
        REQUIRE(made);
    }
    return path;
}

DatabasePtr openDemo()
{
    auto opened = Database::open(demoPath());
    REQUIRE(opened);
    return opened.value();
}

// Signs in with a demo account (password "demo") and shows the database.
Session showSignedIn(MainWindow &window, const DatabasePtr &db, const QString &username = QStringLiteral("director"))
{
    auto session = AccountService(*db, Clock::system()).signIn(username, QStringLiteral("demo"));
    INFO((session ? std::string() : session.error().describe().toStdString()));
    REQUIRE(session);
    window.setDatabase(db, session.value());
    return session.value();
}

// The students the session's list may show: its scope, no other filter.
StudentFilter scopeOf(Database &db, const Session &session)
{
    StudentFilter filter(AccessControl(db, Clock::system()).listScope(session));
    return filter;
}

int studentsInScope(Database &db, const Session &session)
{
    auto counted = StudentSearch(db).count(scopeOf(db, session));
    REQUIRE(counted);
    return counted.value();
}

// Settings written by the window (language, last file) go to a test location.
void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    applyUiLanguage(Language::English, false);
}

QString headerText(const QTableView *table, int column)
{
    return table->model()->headerData(column, Qt::Horizontal).toString();
}

QString cell(const QTableView *table, int row, int column, int role = Qt::DisplayRole)
{
    return table->model()->index(row, column).data(role).toString();
}

QMenu *menu(const MainWindow &window, const char *objectName)
{
    auto *found = window.findChild<QMenu *>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

// QTest::keyClicks only knows ASCII keys; Thai arrives as text-bearing key events.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar ch : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void waitForLanguageChange()
{
    // Qt posts LanguageChange to each widget; let them all retranslate.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("The main window opens on a demo database and lists its students", "[gui][mainwindow]")
{
    isolateSettings();
    MainWindow window;
    DatabasePtr db = openDemo();
    const Session director = showSignedIn(window, db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The director's list: the students of their school, not the whole municipality.
    const int visible = studentsInScope(*db, director);
    REQUIRE(visible > 0);
    CHECK(visible < kStudents);
    CHECK(window.windowTitle().contains(QStringLiteral("gui-demo.care")));
    QTableView *table = window.studentList()->table();
    CHECK(table->isVisible());
    CHECK(window.studentList()->model()->totalCount() == visible);
    CHECK(table->model()->rowCount() == visible);
    CHECK_FALSE(cell(table, 0, StudentListModel::NameColumn).isEmpty());
    CHECK_FALSE(window.studentList()->model()->studentId(visible - 1).isEmpty());

    auto *count = window.findChild<QLabel *>(QStringLiteral("studentCountLabel"));
    REQUIRE(count);
    CHECK(count->text().contains(QString::number(visible)));

    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
    REQUIRE(tree);
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->childCount() > 0);  // schools under "All schools"

    auto *years = window.findChild<QComboBox *>(QStringLiteral("academicYearCombo"));
    REQUIRE(years);
    CHECK(years->count() > 0);

    // Header clicks sort by the indexed orders; other columns keep the current order.
    QHeaderView *header = table->horizontalHeader();
    StudentListModel *model = window.studentList()->model();
    header->setSortIndicator(StudentListModel::BirthDateColumn, Qt::DescendingOrder);
    CHECK(model->sortKind() == StudentSort::BirthDate);
    CHECK_FALSE(model->sortAscending());
    CHECK(model->totalCount() == visible);
    header->setSortIndicator(StudentListModel::NicknameColumn, Qt::AscendingOrder);
    CHECK(model->sortKind() == StudentSort::BirthDate);
    CHECK(header->sortIndicatorSection() == StudentListModel::BirthDateColumn);
}

TEST_CASE("The school tree holds the schools of the user's scope, each count what a click opens",
          "[gui][mainwindow][access]")
{
    isolateSettings();
    DatabasePtr db = openDemo();
    const auto treeOf = [](MainWindow &window) {
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigationTree"));
        REQUIRE(tree);
        REQUIRE(tree->topLevelItemCount() == 1);
        return tree;
    };
    int schoolsInDemo = 0;
    {
        MainWindow window;
        showSignedIn(window, db, QStringLiteral("officer"));  // sees counts across schools
        schoolsInDemo = treeOf(window)->topLevelItem(0)->childCount();
        REQUIRE(schoolsInDemo > 1);
    }
    for (const QString &user : {QStringLiteral("counsellor"), QStringLiteral("teacher")}) {
        INFO(user.toStdString());
        MainWindow window;
        showSignedIn(window, db, user);
        QTreeWidget *tree = treeOf(window);
        QTreeWidgetItem *all = tree->topLevelItem(0);
        REQUIRE(all->childCount() == 1);  // their own school only
        QTreeWidgetItem *school = all->child(0);
        REQUIRE(school->childCount() > 0);
        int sum = 0;
        for (int i = 0; i < school->childCount(); ++i) {
            QTreeWidgetItem *room = school->child(i);
            tree->setCurrentItem(room);
            // What the class shows when clicked is the number beside it.
            CHECK(window.studentList()->model()->totalCount() == room->text(1).toInt());
            sum += room->text(1).toInt();
        }
        CHECK(school->text(1).toInt() == sum);
    }
    {
        MainWindow window;
        showSignedIn(window, db, QStringLiteral("admin"));  // no student in scope: no school either
        CHECK(treeOf(window)->topLevelItem(0)->childCount() == 0);
    }
}

TEST_CASE("Typing in the search field narrows the student list", "[gui][mainwindow]")
{
    isolateSettings();
    MainWindow window;
    DatabasePtr db = openDemo();
    const Session director = showSignedIn(window, db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    StudentListModel *model = window.studentList()->model();
    const int visible = studentsInScope(*db, director);
    REQUIRE(model->totalCount() == visible);

    // A Thai first name that is in the director's list, typed key by key.
    auto firstPage = StudentSearch(*db).page(scopeOf(*db, director), StudentSort::Name, true, 0, 1);
    REQUIRE(firstPage);
    REQUIRE_FALSE(firstPage->isEmpty());
    const QString term = firstPage->first().firstNameTh;
    REQUIRE(term.size() >= 3);
    QLineEdit *search = window.studentList()->searchField();
    search->setFocus();
    typeText(search, term);
    REQUIRE(search->text() == term);

    QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() < visible, 2000);
    const int shown = model->totalCount();
    CHECK(shown > 0);
    QTableView *table = window.studentList()->table();
    CHECK(table->model()->rowCount() == shown);
    for (int row = 0; row < shown; ++row) {
        // Search covers names, nickname, ID and student number: every row shows the term in one of them.
        const QStringList seen = {
            cell(table, row, StudentListModel::NameColumn),
            cell(table, row, StudentListModel::NameColumn, Qt::ToolTipRole),
            cell(table, row, StudentListModel::NicknameColumn),
            cell(table, row, StudentListModel::CitizenIdColumn).remove(QLatin1Char('-')),
            cell(table, row, StudentListModel::StudentNumberColumn),
        };
        INFO("row " << row << ": " << seen.join(QStringLiteral(" | ")).toStdString());
        CHECK(seen.join(QLatin1Char('\n')).contains(term, Qt::CaseInsensitive));
    }

    auto *count = window.findChild<QLabel *>(QStringLiteral("studentCountLabel"));
    REQUIRE(count);
    CHECK(count->text().contains(QString::number(shown)));

    // Clearing the field brings everyone back.
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), visible, 2000);
}

// Assumes: the column header "Name" (context care::ui::StudentListModel) and the
// File menu "&File" (context care::ui::MainActions) are catalogue strings, and
// birth dates are formatted by core (Buddhist Era in Thai) whatever the catalogue holds.
// While care_th.ts is still empty, Thai headers equal their English source;
// once it is filled, the check below that they differ from English takes effect.
TEST_CASE("Switching the language changes the visible labels at once", "[gui][mainwindow][i18n]")
{
    isolateSettings();
    MainWindow window;
    DatabasePtr db = openDemo();
    showSignedIn(window, db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.studentList()->table();
    QMenu *fileMenu = menu(window, "fileMenu");

    window.setUiLanguage(Language::English);
    waitForLanguageChange();
    CHECK(window.actions()->english->isChecked());
    const QString englishHeader = headerText(table, StudentListModel::NameColumn);
    const QString englishMenu = fileMenu->title();
    const QString englishBirthDate = cell(table, 0, StudentListModel::BirthDateColumn);
    CHECK(englishHeader == QStringLiteral("Name"));
    CHECK(englishMenu == QStringLiteral("&File"));

    window.setUiLanguage(Language::Thai);
    waitForLanguageChange();
    CHECK(window.actions()->thai->isChecked());
    const QString thaiHeader = QCoreApplication::translate("care::ui::StudentListModel", "Name");
    const QString thaiMenu = QCoreApplication::translate("care::ui::MainActions", "&File");
    CHECK(headerText(table, StudentListModel::NameColumn) == thaiHeader);
    CHECK(fileMenu->title() == thaiMenu);
    if (thaiHeader != QStringLiteral("Name"))  // the Thai catalogue translates it
        CHECK(thaiHeader != englishHeader);
    if (thaiMenu != QStringLiteral("&File"))
        CHECK(thaiMenu != englishMenu);

    // Dates are core's: Buddhist Era in Thai, with or without a catalogue.
    const QString thaiBirthDate = cell(table, 0, StudentListModel::BirthDateColumn);
    CHECK(thaiBirthDate != englishBirthDate);
    // Academic years: Buddhist Era in Thai, the Gregorian span in English.
    auto year = SchoolRepository(*db).currentAcademicYear();
    REQUIRE(year);
    REQUIRE(year->has_value());
    const int yearBe = (*year)->yearBe;
    auto *years = window.findChild<QComboBox *>(QStringLiteral("academicYearCombo"));
    REQUIRE(years);
    CHECK(years->currentText() == NavigationPanel::academicYearText(yearBe));
    CHECK(years->currentText().contains(QString::number(yearBe)));

    window.setUiLanguage(Language::English);
    waitForLanguageChange();
    CHECK(headerText(table, StudentListModel::NameColumn) == englishHeader);
    CHECK(fileMenu->title() == englishMenu);
    CHECK(cell(table, 0, StudentListModel::BirthDateColumn) == englishBirthDate);
    CHECK(years->currentText().contains(QString::number(toGregorianYear(yearBe))));
    CHECK_FALSE(years->currentText().contains(QString::number(yearBe)));
}

TEST_CASE("Creating the demo runs in the background and Cancel leaves no file", "[gui][demo]")
{
    isolateSettings();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancelled.care"));
    demo::DemoOptions options;
    options.students = 20000;  // far more than can be made before Cancel arrives

    int progressShown = 0;
    QTimer cancelSoon;
    cancelSoon.setInterval(50);
    QObject::connect(&cancelSoon, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            if (progress && progress->isVisible() && ++progressShown == 4) {
                // The GUI thread still runs while the worker writes: this timer fires at all.
                progress->findChild<QPushButton *>()->click();
            }
        }
    });
    cancelSoon.start();
    const DemoCreation::Outcome outcome = DemoCreation::run(nullptr, path, options);
    cancelSoon.stop();

    CHECK(progressShown >= 4);
    CHECK(outcome.cancelled);
    CHECK_FALSE(outcome.result.ok());
    CHECK_FALSE(QFileInfo::exists(path));
}

// Not run by default. With CARE_SCREENSHOT_DIR set, `care_gui_tests "[.screenshots]"`
// saves the key screens as PNG (CARE_SCREENSHOT_DB: another database to show).
TEST_CASE("Screenshots of the main window", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("CARE_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE(QDir().mkpath(dir));
    isolateSettings();
    installBundledThaiFont();
    auto opened = Database::open(qEnvironmentVariable("CARE_SCREENSHOT_DB", demoPath()));
    REQUIRE(opened);
    MainWindow window;
    window.resize(1400, 900);
    showSignedIn(window, opened.value());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto save = [&dir](QWidget &widget, const QString &name) {
        QCoreApplication::processEvents();
        CHECK(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    };
    for (Language language : {Language::Thai, Language::English}) {
        const QString code = languageCode(language);
        window.setUiLanguage(language);
        waitForLanguageChange();
        window.studentList()->searchField()->clear();
        QTRY_VERIFY(!window.studentList()->searchField()->text().size());
        QTest::qWait(StudentListPanel::kSearchDelayMs * 3);  // the list shows everyone again
        // A selected student fills the profile beside the list.
        QTableView *table = window.studentList()->table();
        table->setCurrentIndex(table->model()->index(3, 0));
        QTest::qWait(50);
        save(window, QStringLiteral("main-window-") + code);
        typeText(window.studentList()->searchField(), QStringLiteral("สมศักดิ์"));
        QTest::qWait(StudentListPanel::kSearchDelayMs * 3);
        save(window, QStringLiteral("main-window-search-") + code);
        AboutDialog about(&window);
        about.show();
        save(about, QStringLiteral("about-") + code);
        FirstRunDialog firstRun;
        firstRun.show();
        save(firstRun, QStringLiteral("first-run-") + code);
    }
}
