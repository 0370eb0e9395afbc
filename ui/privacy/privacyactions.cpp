#include "privacy/privacyactions.h"

#include "app/appcontext.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "privacy/accessgrantlogdialog.h"
#include "privacy/auditviewerdialog.h"
#include "privacy/autobackup.h"
#include "privacy/backupsettingsdialog.h"
#include "privacy/breakglassdialog.h"
#include "privacy/restoredialog.h"
#include "privacy/retentiondialog.h"
#include "privacy/sessionchecks.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace care::ui {

namespace {
constexpr int kStatusMessageMs = 15000;
}

PrivacyActions *PrivacyActions::install(MainWindow &window)
{
    return new PrivacyActions(window);
}

PrivacyActions::PrivacyActions(MainWindow &window) : QObject(&window), m_window(window)
{
    const auto make = [this](const QString &name) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setVisible(false);
        return action;
    };
    breakTheGlass = make(QStringLiteral("breakTheGlassAction"));
    auditTrail = make(QStringLiteral("auditTrailAction"));
    accessGrantLog = make(QStringLiteral("accessGrantLogAction"));
    backups = make(QStringLiteral("backupsAction"));
    restore = make(QStringLiteral("restoreAction"));
    retention = make(QStringLiteral("retentionAction"));

    m_students = findOrMakeMenu(QStringLiteral("studentsMenu"), QStringLiteral("settingsMenu"), &m_madeStudents);
    m_students->addAction(breakTheGlass);
    m_administration =
        findOrMakeMenu(QStringLiteral("administrationMenu"), QStringLiteral("helpMenu"), &m_madeAdministration);
    m_administration->addSeparator();
    m_administration->addActions({auditTrail, accessGrantLog});
    m_administration->addSeparator();
    m_administration->addActions({backups, restore, retention});

    connect(breakTheGlass, &QAction::triggered, this, &PrivacyActions::openBreakTheGlass);
    connect(auditTrail, &QAction::triggered, this, [this] {
        if (usable())
            showDialog(new AuditViewerDialog(*m_context, &m_window));
    });
    connect(accessGrantLog, &QAction::triggered, this, [this] {
        if (usable())
            showDialog(new AccessGrantLogDialog(*m_context, &m_window));
    });
    connect(backups, &QAction::triggered, this, [this] {
        if (!usable())
            return;
        auto *dialog = new BackupSettingsDialog(*m_context, &m_window);
        connect(dialog, &BackupSettingsDialog::restoreRequested, this, &PrivacyActions::openRestore);
        showDialog(dialog);
    });
    connect(restore, &QAction::triggered, this, &PrivacyActions::openRestore);
    connect(retention, &QAction::triggered, this, [this] {
        if (usable())
            showDialog(new RetentionDialog(*m_context, &m_window));
    });
    // Locking has no signal of its own: the menus check as they open.
    for (QMenu *menu : {m_students, m_administration})
        connect(menu, &QMenu::aboutToShow, this, &PrivacyActions::updateEnabled);
    connect(this, &PrivacyActions::studentOpenRequested, &window, &MainWindow::studentActivated);
    connect(&window, &MainWindow::contextChanged, this, &PrivacyActions::attach);
    window.installEventFilter(this);
    retranslate();
    attach(window.context());
}

QMenu *PrivacyActions::findOrMakeMenu(const QString &objectName, const QString &before, bool *made)
{
    QMenuBar *bar = m_window.menuBar();
    if (auto *menu = bar->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly)) {
        *made = false;
        return menu;
    }
    auto *menu = new QMenu(bar);
    menu->setObjectName(objectName);
    if (auto *next = bar->findChild<QMenu *>(before, Qt::FindDirectChildrenOnly))
        bar->insertMenu(next->menuAction(), menu);
    else
        bar->addMenu(menu);
    *made = true;
    return menu;
}

bool PrivacyActions::usable() const { return m_context && !m_window.actions()->isLocked(); }

void PrivacyActions::updateEnabled()
{
    for (QAction *action : {breakTheGlass, auditTrail, accessGrantLog, backups, restore, retention})
        action->setEnabled(usable());
}

void PrivacyActions::attach(AppContext *context)
{
    // Dialogs and the backup timer of the old context go before it does.
    for (const QPointer<QDialog> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
    m_dialogs.clear();
    delete m_autoBackup;
    m_autoBackup = nullptr;
    m_context = context;
    if (context) {
        m_autoBackup = new AutoBackup(*context, this);
        connect(m_autoBackup, &AutoBackup::backupFailed, this,
                [this](const QString &message) { m_window.statusBar()->showMessage(message, kStatusMessageMs); });
        connect(m_autoBackup, &AutoBackup::backupWritten, this, [this](const QString &path) {
            m_window.statusBar()->showMessage(tr("Daily backup written: %1").arg(path), kStatusMessageMs);
        });
        m_autoBackup->start();
    }
    updateVisibility();
}

void PrivacyActions::updateVisibility()
{
    const auto allow = [this](QAction *action, Capability capability) {
        action->setVisible(m_context && sessionMay(*m_context, capability));
    };
    allow(breakTheGlass, Capability::BreakTheGlass);
    allow(auditTrail, Capability::ViewAudit);
    allow(accessGrantLog, Capability::ReviewAccessGrants);
    allow(backups, Capability::ManageBackups);
    allow(restore, Capability::ManageBackups);
    allow(retention, Capability::RunRetention);
    updateEnabled();
    // A menu shows only when it has something in it.
    if (m_madeStudents)
        m_students->menuAction()->setVisible(breakTheGlass->isVisible());
    if (m_madeAdministration)
        m_administration->menuAction()->setVisible(auditTrail->isVisible() || accessGrantLog->isVisible()
                                                   || backups->isVisible() || retention->isVisible());
    else
        m_window.actions()->updateAdministrationMenu();
}

void PrivacyActions::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogs << dialog;
    dialog->open();
}

void PrivacyActions::openBreakTheGlass()
{
    if (!usable())
        return;
    auto *dialog = new BreakGlassDialog(*m_context, &m_window);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit studentOpenRequested(dialog->grant().studentId); });
    showDialog(dialog);
}

void PrivacyActions::openRestore()
{
    if (!usable())
        return;
    auto *dialog = new RestoreDialog(*m_context, &m_window);
    connect(dialog, &RestoreDialog::databaseRestored, this, &PrivacyActions::databaseRestored,
            Qt::QueuedConnection);  // after the dialog has closed and gone
    showDialog(dialog);
}

void PrivacyActions::retranslate()
{
    if (m_madeStudents)
        m_students->setTitle(tr("&Students"));
    if (m_madeAdministration)
        m_administration->setTitle(tr("&Administration"));
    breakTheGlass->setText(tr("Open a record &outside my scope…"));
    auditTrail->setText(tr("&Audit trail…"));
    accessGrantLog->setText(tr("&Break-the-glass log…"));
    backups->setText(tr("Bac&kups…"));
    restore->setText(tr("&Restore from a backup…"));
    retention->setText(tr("R&etention…"));
}

bool PrivacyActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace care::ui
