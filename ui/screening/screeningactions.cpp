#include "screening/screeningactions.h"

#include "app/appcontext.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationpanel.h"
#include "screening/classgriddialog.h"
#include "screening/screeningdialogs.h"
#include "security/permissionmatrix.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace care::ui {

namespace {
constexpr int kStatusMessageMs = 15000;
}

ScreeningActions *ScreeningActions::install(MainWindow &window)
{
    return new ScreeningActions(window);
}

ScreeningActions::ScreeningActions(MainWindow &window) : QObject(&window), m_window(window)
{
    const auto make = [this](const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setVisible(false);
        return action;
    };
    classGrid = make(QStringLiteral("classGridAction"), QKeySequence(Qt::CTRL | Qt::Key_G));
    screeningForm = make(QStringLiteral("screeningFormAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    attendance = make(QStringLiteral("attendanceAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    grades = make(QStringLiteral("gradesAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    behaviour = make(QStringLiteral("behaviourAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    // The shortcuts work while the menu is shut: the actions live in the window too.
    window.addActions({classGrid, screeningForm, attendance, grades, behaviour});

    m_students = findOrMakeStudentsMenu();
    m_students->addSeparator();
    m_students->addAction(classGrid);
    m_students->addSeparator();
    m_students->addActions({screeningForm, attendance, grades, behaviour});

    connect(classGrid, &QAction::triggered, this, &ScreeningActions::openClassGrid);
    const auto perStudent = [this](QDialog *(*open)(AppContext &, const QString &, QWidget *)) {
        return [this, open] {
            if (!usable() || m_window.currentStudentId().isEmpty())
                return;
            if (QDialog *dialog = open(*m_context, m_window.currentStudentId(), &m_window))
                track(dialog);
            else
                m_window.statusBar()->showMessage(tr("You may not do this for the chosen student."), kStatusMessageMs);
        };
    };
    connect(screeningForm, &QAction::triggered, this, perStudent(&ScreeningDialogs::openForm));
    connect(attendance, &QAction::triggered, this, perStudent(&ScreeningDialogs::openAttendance));
    connect(grades, &QAction::triggered, this, perStudent(&ScreeningDialogs::openGrades));
    connect(behaviour, &QAction::triggered, this, perStudent(&ScreeningDialogs::openBehaviour));
    connect(&window, &MainWindow::contextChanged, this, &ScreeningActions::attach);
    connect(&window, &MainWindow::currentStudentChanged, this, &ScreeningActions::updateStates);
    connect(window.actions(), &MainActions::lockedChanged, this, &ScreeningActions::updateStates);
    connect(m_students, &QMenu::aboutToShow, this, &ScreeningActions::updateStates);
    window.installEventFilter(this);
    retranslate();
    attach(window.context());
}

QMenu *ScreeningActions::findOrMakeStudentsMenu()
{
    QMenuBar *bar = m_window.menuBar();
    if (auto *menu = bar->findChild<QMenu *>(QStringLiteral("studentsMenu"), Qt::FindDirectChildrenOnly))
        return menu;
    auto *menu = new QMenu(bar);
    menu->setObjectName(QStringLiteral("studentsMenu"));
    if (auto *next = bar->findChild<QMenu *>(QStringLiteral("settingsMenu"), Qt::FindDirectChildrenOnly))
        bar->insertMenu(next->menuAction(), menu);
    else
        bar->addMenu(menu);
    m_madeStudents = true;
    return menu;
}

bool ScreeningActions::usable() const
{
    return m_context && !m_window.actions()->isLocked();
}

void ScreeningActions::attach(AppContext *context)
{
    // Dialogs of the old context go before it does.
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
    m_dialogs.clear();
    m_context = context;
    updateStates();
}

void ScreeningActions::updateStates()
{
    const std::optional<Role> role = m_context ? std::optional<Role>(m_context->session().role()) : std::nullopt;
    const auto allows = [&role](Action action, Section section) {
        return role && PermissionMatrix::standard().allows(*role, action, section);
    };
    classGrid->setVisible(allows(Action::Create, Section::Screening));
    screeningForm->setVisible(allows(Action::Create, Section::Screening));
    attendance->setVisible(allows(Action::Update, Section::Identity));
    grades->setVisible(allows(Action::Update, Section::Identity));
    behaviour->setVisible(allows(Action::View, Section::Screening));
    const bool student = !m_window.currentStudentId().isEmpty();
    classGrid->setEnabled(usable());
    for (QAction *action : {screeningForm, attendance, grades, behaviour})
        action->setEnabled(usable() && student);
    // A menu shows while it has something in it; one made by others is
    // shown for these entries but never hidden here.
    bool any = false;
    for (QAction *action : m_students->actions())
        any = any || (action->isVisible() && !action->isSeparator());
    if (any || m_madeStudents)
        m_students->menuAction()->setVisible(any);
}

void ScreeningActions::track(QDialog *dialog)
{
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
}

QDialog *ScreeningActions::lastDialog() const
{
    for (auto it = m_dialogs.crbegin(); it != m_dialogs.crend(); ++it)
        if (*it)
            return it->data();
    return nullptr;
}

void ScreeningActions::openClassGrid()
{
    if (!usable())
        return;
    NavigationPanel *navigation = m_window.navigation();
    auto *dialog = new ClassGridDialog(*m_context, navigation->academicYearId(), navigation->classroomId(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(dialog);
    dialog->open();
}

void ScreeningActions::retranslate()
{
    if (m_madeStudents)
        m_students->setTitle(tr("&Students"));
    classGrid->setText(tr("Screen a &class…"));
    screeningForm->setText(tr("Screening &form…"));
    attendance->setText(tr("&Attendance…"));
    grades->setText(tr("&Grades…"));
    behaviour->setText(tr("&Behaviour…"));
}

bool ScreeningActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace care::ui
