#include "widgets/databasechoices.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace care::ui {

DatabaseChoices::DatabaseChoices(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("databaseNotice"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_open = new QCommandLinkButton(this);
    m_open->setObjectName(QStringLiteral("openDatabaseButton"));
    m_createEmpty = new QCommandLinkButton(this);
    m_createEmpty->setObjectName(QStringLiteral("createEmptyButton"));
    m_createDemo = new QCommandLinkButton(this);
    m_createDemo->setObjectName(QStringLiteral("createDemoButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addWidget(m_open);
    layout->addWidget(m_createEmpty);
    layout->addWidget(m_createDemo);
    layout->addStretch(1);

    connect(m_open, &QCommandLinkButton::clicked, this, &DatabaseChoices::openChosen);
    connect(m_createEmpty, &QCommandLinkButton::clicked, this, &DatabaseChoices::createEmptyChosen);
    connect(m_createDemo, &QCommandLinkButton::clicked, this, &DatabaseChoices::createDemoChosen);
    retranslateUi();
}

void DatabaseChoices::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void DatabaseChoices::retranslateUi()
{
    m_heading->setText(tr("Which database should Care use?"));
    m_open->setText(tr("Open a database file…"));
    m_open->setDescription(tr("A Care database (.care) made on this or another computer."));
    m_createEmpty->setText(tr("Create an empty database…"));
    m_createEmpty->setDescription(tr("Start your municipality's own records from nothing."));
    m_createDemo->setText(tr("Create the demo municipality"));
    m_createDemo->setDescription(
        tr("Made-up schools and students to try Care out. No real person's data is in it."));
}

void DatabaseChoices::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace care::ui
