// The profile's student and household boxes share the width: short values
// ("อยู่กับบิดาและมารดา", "31,200 บาท") stay on one line, long ones (the
// address) wrap, and a narrow pane puts the household below the student
// instead of squeezing it into a column a word wide.
#include "studentguitest.h"
#include "testdatabase.h"

#include "app/appcontext.h"
#include "app/bundledfonts.h"
#include "app/uilanguage.h"
#include "student/studentprofileview.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace care;
using namespace care::test;
using namespace care::ui;

namespace {

const QStringList kHouseholdValues{QStringLiteral("memberCountValue"), QStringLiteral("monthlyIncomeValue"),
                                   QStringLiteral("incomePerPersonValue"), QStringLiteral("livingArrangementValue")};

QString householdStudent(const TestDatabase &t, AppContext &context)
{
    StudentRecord record = makeStudentRecord(t, QStringLiteral("กชกร"), QStringLiteral("ทองนคร"), nationalIdFor(412));
    record.student.address = Address{QStringLiteral("68"),           {},
                                     QStringLiteral("โนนหนองวัดใหม่"), QStringLiteral("ถนนรอบบึงแก่นนคร"),
                                     QStringLiteral("ในเมือง"),       QStringLiteral("เมืองขอนแก่น"),
                                     QStringLiteral("ขอนแก่น"),       QStringLiteral("40000")};
    Household h;
    h.memberCount = 5;
    h.monthlyIncomeBaht = 31200;
    h.livingArrangement = LivingArrangement::BothParents;
    record.household = h;
    auto created = context.students().create(record, context.session());
    INFO(errorText(created));
    REQUIRE(created);
    return created.value();
}

// Every value label is tall enough for its text at its width (none cut off).
void checkNothingCutOff(StudentProfileView &view)
{
    for (QLabel *label : view.findChildren<QLabel *>())
        if (label->objectName().endsWith(QLatin1String("Value")) && label->isVisible()) {
            INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
            CHECK(label->height() >= label->heightForWidth(label->width()));
        }
}

// Lines the label's text takes at the label's width.
int linesOf(QLabel *label)
{
    return label->heightForWidth(label->width()) / label->fontMetrics().lineSpacing();
}

// Thai texts and numbers for one test, English again after it.
struct ThaiUi {
    ThaiUi() { applyUiLanguage(Language::Thai, false); }
    ~ThaiUi() { applyUiLanguage(Language::English, false); }
};

void showAt(StudentProfileView &view, int width)
{
    view.resize(width, 900);
    QTest::qWait(20);  // let the layouts settle
}

}  // namespace

TEST_CASE("the profile's household values stay on one line and the boxes share the width", "[gui][student][profile]")
{
    installBundledThaiFont();
    const ThaiUi thai;
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    const QString id = householdStudent(t, context);
    StudentProfileView view(context);
    view.resize(460, 900);
    view.show();
    view.showStudent(id);
    REQUIRE(child<QLabel>(view, QStringLiteral("livingArrangementValue"))->text() == QStringLiteral("อยู่กับบิดาและมารดา"));
    auto *identity = child<QLabel>(view, QStringLiteral("citizenIdValue"))->parentWidget();
    auto *household = child<QLabel>(view, QStringLiteral("monthlyIncomeValue"))->parentWidget();
    auto *scroll = view.findChild<QScrollArea *>();
    REQUIRE(scroll);

    for (int width : {460, 640, 1000, 1400}) {
        INFO("profile " << width << " wide");
        showAt(view, width);
        CHECK_FALSE(scroll->horizontalScrollBar()->isVisible());
        checkNothingCutOff(view);
        for (const QString &name : kHouseholdValues) {
            INFO(name.toStdString() << ": " << child<QLabel>(view, name)->text().toStdString());
            CHECK(linesOf(child<QLabel>(view, name)) == 1);
        }
        CHECK(linesOf(child<QLabel>(view, QStringLiteral("birthDateValue"))) == 1);
        const bool sideBySide = household->x() > identity->x();
        CHECK(sideBySide == (household->y() == identity->y()));
        if (width >= 1000) {
            CHECK(sideBySide);  // room for both: side by side
            CHECK(household->width() < identity->width());
        } else if (width == 460) {
            CHECK_FALSE(sideBySide);  // the main window's profile pane: one above the other
            CHECK(household->width() == identity->width());
        }
    }
    showAt(view, 460);
    checkNothingCutOff(view);  // side by side, then one above the other again
    CHECK(linesOf(child<QLabel>(view, QStringLiteral("addressValue"))) > 1);  // a long value wraps
}

// Hidden: the household box for a look by eye.
// CARE_SCREENSHOT_DIR=/tmp/shots care_gui_tests "[.screenshots]"
TEST_CASE("Screenshots of the profile's household box", "[.screenshots]")
{
    if (qEnvironmentVariableIsEmpty("CARE_SCREENSHOT_DIR"))
        return;
    installBundledThaiFont();
    TestDatabase t = makeTestDatabase();
    AppContext context(t.db, testClock(), sessionFor(t, Role::Director));
    const QString id = householdStudent(t, context);
    for (Language language : {Language::Thai, Language::English}) {
        applyUiLanguage(language, false);
        StudentProfileView view(context);
        view.show();
        view.showStudent(id);
        for (int width : {460, 640, 1000}) {
            showAt(view, width);
            QTest::qWait(100);
            const QString name = QStringLiteral("profile_household_%1_%2.png").arg(width).arg(languageCode(language));
            REQUIRE(view.grab().save(QDir(qEnvironmentVariable("CARE_SCREENSHOT_DIR")).filePath(name)));
        }
    }
    applyUiLanguage(Language::English, false);
}
