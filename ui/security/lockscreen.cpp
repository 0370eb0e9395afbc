#include "security/lockscreen.h"

#include "app/appicon.h"
#include "security/messagearea.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

LockScreen::LockScreen(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setStyleSheet(QStringLiteral("QFrame#lockCard { background: palette(base); border: 1px solid palette(mid); "
                                       "border-radius: 8px; }"));
    card->setMinimumWidth(420);
    card->setMaximumWidth(520);

    auto *icon = new QLabel(card);
    icon->setPixmap(careIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    m_heading = new QLabel(card);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_user = new QLabel(card);
    m_user->setObjectName(QStringLiteral("lockedUser"));
    m_user->setAlignment(Qt::AlignCenter);
    m_user->setWordWrap(true);
    m_user->setTextFormat(Qt::PlainText);
    m_reason = new QLabel(card);
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);
    m_passwordLabel = new QLabel(card);
    m_passwordLabel->setBuddy(m_password);
    m_message = makeMessageArea(QStringLiteral("unlockMessage"), card);
    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut = new QPushButton(card);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_heading);
    cardLayout->addWidget(m_user);
    cardLayout->addWidget(m_reason);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_passwordLabel);
    cardLayout->addWidget(m_password);
    cardLayout->addWidget(m_message);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_unlock->setEnabled(!text.isEmpty()); });
    m_unlock->setEnabled(false);
    retranslateUi();
}

void LockScreen::setSession(const Session &session)
{
    m_session = session;
    retranslateUi();
}

void LockScreen::setIdleMinutes(int minutes)
{
    m_idleMinutes = minutes;
    retranslateUi();
}

void LockScreen::showProblem(const QString &message)
{
    m_password->clear();
    ui::showProblem(m_message, message);
    m_password->setFocus();
}

void LockScreen::reset()
{
    m_password->clear();
    clearMessage(m_message);
    m_password->setFocus();
}

void LockScreen::requestUnlock()
{
    if (!m_password->text().isEmpty())
        emit unlockRequested(m_password->text());
}

void LockScreen::retranslateUi()
{
    m_heading->setText(tr("Care is locked"));
    m_user->setText(m_session.isValid()
                        ? tr("Signed in as %1 (%2, %3)")
                              .arg(m_session.displayName(), m_session.username(), label(m_session.role()))
                        : QString());
    m_reason->setText(m_idleMinutes > 0
                          ? tr("Care locked itself after %n minute(s) without use.", nullptr, m_idleMinutes)
                          : tr("Care was locked. Nothing is shown until you unlock it."));
    m_passwordLabel->setText(tr("Enter your &password to continue:"));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace care::ui
