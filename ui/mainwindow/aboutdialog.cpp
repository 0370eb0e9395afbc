#include "mainwindow/aboutdialog.h"

#include "app/appicon.h"
#include "app/bundledfonts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(careIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("aboutText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_fontLicence = new QPlainTextEdit(this);
    m_fontLicence->setReadOnly(true);
    m_fontLicence->setPlainText(bundledFontLicenceText());
    m_fontLicence->setMinimumHeight(180);
    m_fontLicence->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_fontLicenceButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_fontLicenceButton->setCheckable(true);
    connect(m_fontLicenceButton, &QPushButton::toggled, m_fontLicence, &QWidget::setVisible);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_body);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_fontLicence, 1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    retranslateUi();
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Care"));
    m_title->setText(QStringLiteral("<h2>Care %1</h2>").arg(QStringLiteral(CARE_VERSION)));
    const QStringList paragraphs = {
        tr("Student care and dropout prevention for municipal schools."),
        tr("Care is free software: you can redistribute it and/or modify it under the terms of the GNU "
           "General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version (GPL-3.0-or-later). It is distributed in the hope "
           "that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of "
           "MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for "
           "more details: <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses</a>."),
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        tr("Thai text is shown in the Noto Sans Thai font (Copyright Google LLC), licensed under the SIL Open "
           "Font License, version 1.1."),
    };
    m_body->setText(QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>"));
    m_fontLicenceButton->setText(tr("Font licence"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
