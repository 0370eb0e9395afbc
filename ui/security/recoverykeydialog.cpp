#include "security/recoverykeydialog.h"

#include "security/recoverykeypage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString &key, const QString &databaseName, const QDateTime &createdUtc,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    m_page = new RecoveryKeyPage(this);
    m_page->setKey(key, databaseName, createdUtc);
    auto *buttons = new QDialogButtonBox(this);
    m_done = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::accept);
    connect(m_page, &RecoveryKeyPage::confirmedChanged, m_done, &QPushButton::setEnabled);
    layout->addStrut(560);
    retranslateUi();
}

void RecoveryKeyDialog::accept()
{
    if (m_page->isConfirmed())
        QDialog::accept();
}

void RecoveryKeyDialog::reject()
{
    // The old key no longer works and this one is never shown again.
    if (m_page->isConfirmed())
        QDialog::reject();
}

void RecoveryKeyDialog::retranslateUi()
{
    setWindowTitle(tr("New recovery key"));
    m_done->setText(tr("&Done"));
}

void RecoveryKeyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
