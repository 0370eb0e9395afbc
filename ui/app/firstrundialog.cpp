#include "app/firstrundialog.h"

#include "app/databasefiles.h"
#include "widgets/databasechoices.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent) : QDialog(parent)
{
    m_welcome = new QLabel(this);
    m_welcome->setWordWrap(true);
    m_choices = new DatabaseChoices(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addWidget(m_choices, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &DatabaseChoices::openChosen, this,
            [this] { finishWith(DatabaseFiles::chooseAndOpen(this)); });
    connect(m_choices, &DatabaseChoices::createEmptyChosen, this,
            [this] { finishWith(DatabaseFiles::chooseAndCreateEmpty(this)); });
    connect(m_choices, &DatabaseChoices::createDemoChosen, this,
            [this] { finishWith(DatabaseFiles::createDemoInteractively(this)); });
    setMinimumWidth(520);
    retranslateUi();
}

void FirstRunDialog::setNotice(const QString &notice) { m_choices->setNotice(notice); }

void FirstRunDialog::finishWith(DatabasePtr db)
{
    if (!db)
        return;  // cancelled or failed (the failure was shown): choose again
    m_database = std::move(db);
    accept();
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Care"));
    m_welcome->setText(tr("Care keeps track of the students of your municipality's schools, so that "
                          "children at risk of leaving school are found and helped in time."));
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
