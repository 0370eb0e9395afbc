#include "student/guardianlistsection.h"

#include "student/guardianeditdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

GuardianListSection::GuardianListSection(QWidget *parent)
    : FormSection(parent), m_list(new QListWidget(this)), m_empty(new QLabel(this)), m_add(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);  // re-wrap the lines when the width changes
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_add->setObjectName(QStringLiteral("addGuardian"));
    m_edit->setObjectName(QStringLiteral("editGuardian"));
    m_remove->setObjectName(QStringLiteral("removeGuardian"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    addWideRow(layout, QStringLiteral("guardians"), m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &GuardianListSection::addGuardian);
    connect(m_edit, &QPushButton::clicked, this, &GuardianListSection::editGuardian);
    connect(m_remove, &QPushButton::clicked, this, &GuardianListSection::removeGuardian);
    connect(m_list, &QListWidget::itemActivated, this, &GuardianListSection::editGuardian);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    retranslateUi();
}

void GuardianListSection::load(const QList<GuardianLink> &guardians)
{
    m_guardians = guardians;
    refresh();
}

void GuardianListSection::put(GuardianLink link, int index)
{
    // One primary contact: choosing a new one demotes the old.
    if (link.isPrimary)
        for (GuardianLink &other : m_guardians)
            other.isPrimary = false;
    if (index < 0)
        m_guardians << link;
    else
        m_guardians[index] = link;
    refresh();
    m_list->setCurrentRow(index < 0 ? int(m_guardians.size()) - 1 : index);
    noteEdit(QStringLiteral("guardians"));
}

void GuardianListSection::addGuardian()
{
    GuardianEditDialog dialog(this);
    GuardianLink first;
    first.isPrimary = m_guardians.isEmpty();
    first.relation = GuardianRelation::Mother;
    dialog.setLink(first, false);
    if (dialog.exec() == QDialog::Accepted)
        put(dialog.link(), -1);
}

void GuardianListSection::editGuardian()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_guardians.size())
        return;
    GuardianEditDialog dialog(this);
    dialog.setLink(m_guardians.at(index));
    if (dialog.exec() == QDialog::Accepted)
        put(dialog.link(), index);
}

void GuardianListSection::removeGuardian()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_guardians.size())
        return;
    m_guardians.removeAt(index);
    refresh();
    noteEdit(QStringLiteral("guardians"));
}

void GuardianListSection::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const GuardianLink &link : m_guardians) {
        QString name = link.guardian.fullName();
        if (link.isPrimary)
            name = tr("%1 (primary contact)").arg(name);
        // Three short lines rather than one long wrapped one.
        QStringList contact{label(link.relation)};
        if (!link.guardian.phone.isEmpty())
            contact << link.guardian.phone;
        QStringList living;
        if (!link.guardian.occupation.isEmpty())
            living << link.guardian.occupation;
        living << (link.livesWithStudent ? tr("lives with the student") : tr("lives elsewhere"));
        const QString separator = QStringLiteral(" · ");
        auto *item = new QListWidgetItem(
            QStringList{name, contact.join(separator), living.join(separator)}.join(QLatin1Char('\n')), m_list);
        item->setToolTip(item->text());
    }
    m_list->setCurrentRow(std::min(current, int(m_guardians.size()) - 1));
    m_empty->setVisible(m_guardians.isEmpty());
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

QList<Error> GuardianListSection::showErrors(const QList<Error> &errors)
{
    QList<Error> others;
    QStringList messages;
    for (const Error &e : errors) {
        if (e.location.isEmpty())
            others << e;
        else
            messages << tr("%1: %2").arg(e.location, e.message);
    }
    showRowError(QStringLiteral("guardians"), messages.join(QLatin1Char('\n')));
    return others;
}

void GuardianListSection::retranslateUi()
{
    setTitle(tr("Guardians"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("Re&move"));
    m_empty->setText(tr("No guardians yet. Add the parents, or whoever looks after the student."));
    refresh();
}

void GuardianListSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormSection::changeEvent(event);
}

} // namespace care::ui
