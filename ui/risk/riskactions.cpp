#include "risk/riskactions.h"

#include "app/appcontext.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationpanel.h"
#include "privacy/sessionchecks.h"
#include "risk/recomputedialog.h"
#include "risk/riskoverviewdialog.h"
#include "risk/riskrulesdialog.h"
#include "risk/studentriskpanel.h"
#include "risk/worklistdialog.h"
#include "security/accesscontrol.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace care::ui {

RiskActions *RiskActions::install(MainWindow &window) { return new RiskActions(window); }

RiskActions::RiskActions(MainWindow &window) : QObject(&window), m_window(window)
{
    const auto make = [this](const QString &name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setVisible(false);
        return action;
    };
    overview = make(QStringLiteral("riskOverviewAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    worklists = make(QStringLiteral("riskWorklistsAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    recompute = make(QStringLiteral("riskRecomputeAction"));
    rules = make(QStringLiteral("riskRulesAction"));
    window.addActions({overview, worklists});  // the shortcuts work while the menu is shut

    QMenuBar *bar = window.menuBar();
    m_menu = new QMenu(bar);
    m_menu->setObjectName(QStringLiteral("riskMenu"));
    if (auto *next = bar->findChild<QMenu *>(QStringLiteral("settingsMenu"), Qt::FindDirectChildrenOnly))
        bar->insertMenu(next->menuAction(), m_menu);
    else
        bar->addMenu(m_menu);
    m_menu->addActions({overview, worklists});
    m_menu->addSeparator();
    m_menu->addActions({recompute, rules});

    connect(overview, &QAction::triggered, this, &RiskActions::openOverview);
    connect(worklists, &QAction::triggered, this, &RiskActions::openWorklists);
    connect(recompute, &QAction::triggered, this, &RiskActions::openRecompute);
    connect(rules, &QAction::triggered, this, &RiskActions::openRules);
    connect(this, &RiskActions::studentOpenRequested, &window, &MainWindow::studentActivated);
    connect(this, &RiskActions::levelsChanged, this, &RiskActions::refreshViews);
    connect(&window, &MainWindow::contextChanged, this, &RiskActions::attach);
    connect(window.actions(), &MainActions::lockedChanged, this, &RiskActions::updateStates);
    connect(m_menu, &QMenu::aboutToShow, this, &RiskActions::updateStates);
    window.installEventFilter(this);
    retranslate();
    attach(window.context());
}

bool RiskActions::usable() const { return m_context && !m_window.actions()->isLocked(); }

void RiskActions::attach(AppContext *context)
{
    // Dialogs of the old context go before it does.
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
    m_dialogs.clear();
    m_context = context;
    updateStates();
}

void RiskActions::updateStates()
{
    bool viewsLevels = false;
    bool mayRecompute = false;
    bool seesRules = false;
    if (m_context && m_context->session().isValid()) {
        const Session &session = m_context->session();
        const AccessControl access(m_context->database(), m_context->clock());
        viewsLevels = access.matrix().allows(session.role(), Action::View, Section::Risk);
        const bool settings = sessionMay(*m_context, Capability::ManageSettings);
        mayRecompute = settings || (isSchoolRole(session.role())
                                    && access.checkSchool(session, Action::Update, Section::Risk, session.schoolId()).ok());
        seesRules = settings || sessionMay(*m_context, Capability::ViewAggregates);
    }
    overview->setVisible(viewsLevels);
    worklists->setVisible(viewsLevels);
    recompute->setVisible(mayRecompute);
    rules->setVisible(seesRules);
    for (QAction *action : {overview, worklists, recompute, rules})
        action->setEnabled(usable());
    m_menu->menuAction()->setVisible(viewsLevels || mayRecompute || seesRules);
}

void RiskActions::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs.removeAll(nullptr);
    m_dialogs << dialog;
    dialog->show();  // not modal: the profile pane shows the students opened from it
}

QDialog *RiskActions::lastDialog() const
{
    for (auto it = m_dialogs.crbegin(); it != m_dialogs.crend(); ++it)
        if (*it)
            return it->data();
    return nullptr;
}

void RiskActions::openOverview()
{
    if (!usable())
        return;
    auto *dialog = new RiskOverviewDialog(*m_context, &m_window);
    const NavigationPanel *navigation = m_window.navigation();
    dialog->setScope(navigation->academicYearId(), navigation->schoolId(), navigation->classroomId());
    connect(dialog, &RiskOverviewDialog::studentOpenRequested, this, &RiskActions::studentOpenRequested);
    connect(this, &RiskActions::levelsChanged, dialog, &RiskOverviewDialog::reload);
    show(dialog);
}

void RiskActions::openWorklists()
{
    if (!usable())
        return;
    auto *dialog = new WorklistDialog(*m_context, &m_window);
    connect(dialog, &WorklistDialog::studentOpenRequested, this, &RiskActions::studentOpenRequested);
    connect(this, &RiskActions::levelsChanged, dialog, &WorklistDialog::reload);
    show(dialog);
}

void RiskActions::openRecompute()
{
    if (!usable())
        return;
    auto *dialog = new RecomputeDialog(*m_context, &m_window);
    connect(dialog, &RecomputeDialog::ended, this, &RiskActions::levelsChanged);
    show(dialog);
}

void RiskActions::openRules()
{
    if (!usable())
        return;
    auto *dialog = new RiskRulesDialog(*m_context, &m_window);
    connect(dialog, &RiskRulesDialog::rulesActivated, this, &RiskActions::levelsChanged);
    show(dialog);
}

void RiskActions::refreshViews()
{
    for (StudentRiskPanel *panel : m_window.findChildren<StudentRiskPanel *>())
        if (!panel->studentId().isEmpty())
            panel->reload();
}

void RiskActions::retranslate()
{
    m_menu->setTitle(tr("&Risk"));
    overview->setText(tr("&Overview…"));
    worklists->setText(tr("&Worklists…"));
    recompute->setText(tr("&Recompute all levels…"));
    rules->setText(tr("Rules and &thresholds…"));
}

bool RiskActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace care::ui
