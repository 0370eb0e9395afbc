#include "security/usersdialog.h"

#include "security/adduserdialog.h"
#include "security/busycursor.h"
#include "security/messagearea.h"
#include "security/recoverykeydialog.h"
#include "security/resetpassworddialog.h"
#include "security/usertablemodel.h"
#include "services/accountservice.h"
#include "util/clock.h"

#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace care::ui {

UsersDialog::UsersDialog(AccountService &accounts, Database &db, const Clock &clock, Session session,
                         QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_db(db), m_clock(clock), m_session(std::move(session)),
      m_confirm(askWithMessageBox())
{
    setObjectName(QStringLiteral("usersDialog"));
    m_model = new UserTableModel(db, clock, m_session, this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_message = makeMessageArea(QStringLiteral("usersMessage"), this);

    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        return b;
    };
    m_add = button("addUserButton");
    m_toggle = button("toggleDisabledButton");
    m_reset = button("resetPasswordButton");
    m_replaceKey = button("replaceRecoveryKeyButton");
    m_close = button("closeButton");
    // Core lets only the system administrator replace the recovery key.
    m_replaceKey->setVisible(m_session.role() == Role::SystemAdministrator);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    buttons->addWidget(m_replaceKey);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_toggle, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_replaceKey, &QPushButton::clicked, this, &UsersDialog::replaceRecoveryKey);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &UsersDialog::resetPassword);

    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1100, screen.width() * 9 / 10), std::min(560, screen.height() * 8 / 10));
    retranslateUi();
    reload();
}

void UsersDialog::reload()
{
    const QString keep = selectedUserId();
    auto users = m_accounts.listUsers(m_session);
    if (!users) {
        m_model->setUsers({});
        showProblem(m_message, users.error().message);
    } else {
        m_model->setUsers(users.value());
    }
    m_table->resizeColumnsToContents();
    selectUser(keep);
    updateButtons();
}

QString UsersDialog::selectedUserId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(UserTableModel::UserIdRole).toString() : QString();
}

void UsersDialog::selectUser(const QString &userId)
{
    const int row = userId.isEmpty() ? -1 : m_model->rowOf(userId);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->setCurrentIndex({});
}

void UsersDialog::updateButtons()
{
    const UserSummary *user = m_model->user(m_table->currentIndex().row());
    const bool other = user && user->id != m_session.userId();  // nobody disables themselves
    m_reset->setEnabled(other);
    m_toggle->setEnabled(other);
    m_toggle->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::addUser()
{
    clearMessage(m_message);
    auto *dialog = new AddUserDialog(m_accounts, m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString added = dialog->userId();
        reload();
        selectUser(added);
        showInformation(m_message, tr("The user was added. Give them the temporary password in person."));
    });
    dialog->open();
}

void UsersDialog::toggleDisabled()
{
    const UserSummary *user = m_model->user(m_table->currentIndex().row());
    if (!user)
        return;
    const QString id = user->id;
    const bool disable = !user->disabled;
    if (disable
        && !m_confirm(this, tr("Disable user"),
                      tr("Disable %1 (%2)? They can no longer sign in, and their key is deleted: to let them "
                         "in again later, enable the account and give a new temporary password.")
                          .arg(user->displayName, user->username)))
        return;
    if (const Status done = m_accounts.setDisabled(m_session, id, disable); !done) {
        showProblem(m_message, done.error().message);
        return;
    }
    clearMessage(m_message);
    reload();
    selectUser(id);
    if (!disable)
        resetPassword();  // enabled again: a new password makes the key slot they need
}

void UsersDialog::resetPassword()
{
    const UserSummary *user = m_model->user(m_table->currentIndex().row());
    if (!user || user->id == m_session.userId())
        return;
    const QString id = user->id;
    auto *dialog = new ResetPasswordDialog(m_accounts, m_session, id,
                                           QStringLiteral("%1 (%2)").arg(user->displayName, user->username), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        reload();
        selectUser(id);
        showInformation(m_message, tr("The temporary password is set. Give it to the user in person."));
    });
    dialog->open();
}

void UsersDialog::replaceRecoveryKey()
{
    if (!m_confirm(this, tr("Replace the recovery key"),
                   tr("Make a new recovery key? The old key stops working at once; destroy its printed sheet "
                      "and any saved copy.")))
        return;
    Result<QString> key = [this] {
        BusyCursor busy;
        return m_accounts.replaceRecoveryKey(m_session);
    }();
    if (!key) {
        showProblem(m_message, key.error().message);
        return;
    }
    auto *dialog = new RecoveryKeyDialog(key.value(), QFileInfo(m_db.path()).fileName(), m_clock.nowUtc(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersDialog::retranslateUi()
{
    setWindowTitle(tr("Users"));
    m_intro->setText(m_session.schoolId().isEmpty()
                         ? tr("Everyone who can sign in to this database.")
                         : tr("The users of your school. Users of other schools are managed by their director "
                              "or the system administrator."));
    m_add->setText(tr("&Add user…"));
    m_reset->setText(tr("&Reset password…"));
    m_replaceKey->setText(tr("Replace recovery &key…"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
    updateButtons();
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
