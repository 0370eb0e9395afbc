#include "security/autolockdialog.h"

#include "app/appsettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace care::ui {

AutoLockDialog::AutoLockDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("autoLockDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("autoLockMinutes"));
    m_minutes->setRange(0, appsettings::kMaximumAutoLockMinutes);
    m_minutes->setValue(appsettings::autoLockMinutes());
    m_label = new QLabel(this);
    m_label->setBuddy(m_minutes);
    auto *form = new QFormLayout;
    form->addRow(m_label, m_minutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AutoLockDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStrut(420);
    retranslateUi();
}

int AutoLockDialog::minutes() const { return m_minutes->value(); }

void AutoLockDialog::accept()
{
    appsettings::setAutoLockMinutes(m_minutes->value());
    QDialog::accept();
}

void AutoLockDialog::retranslateUi()
{
    setWindowTitle(tr("Auto-lock"));
    m_intro->setText(tr("Care locks itself when nobody has used it for a while, so that records are not left "
                        "open on an unattended screen. This setting is kept for this computer."));
    m_label->setText(tr("&Lock after:"));
    m_minutes->setSuffix(tr(" minutes"));
    m_minutes->setSpecialValueText(tr("Never"));
}

void AutoLockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
