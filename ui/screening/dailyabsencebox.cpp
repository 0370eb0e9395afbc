#include "screening/dailyabsencebox.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/dayedit.h"
#include "privacy/sessionchecks.h"
#include "services/indicatorservice.h"
#include "student/enumcombo.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

DailyAbsenceBox::DailyAbsenceBox(AppContext &context, const QString &studentId, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_studentId(studentId), m_table(new QTableWidget(0, 2, this)),
      m_date(new DayEdit(this)), m_kind(new QComboBox(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_error(makeErrorLabel(QStringLiteral("onDate"), this)),
      m_dateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("dailyAbsences"));
    m_table->setObjectName(QStringLiteral("dailyAbsenceTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_date->setObjectName(QStringLiteral("onDate"));
    m_kind->setObjectName(QStringLiteral("absenceKind"));
    m_add->setObjectName(QStringLiteral("addAbsence"));
    m_remove->setObjectName(QStringLiteral("removeAbsence"));
    m_dateLabel->setBuddy(m_date);
    m_date->setDate(context.clock().today());

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_dateLabel);
    entry->addWidget(m_date, 1);
    entry->addWidget(m_kind);
    entry->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addLayout(entry);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, [this] { add(); });
    connect(m_date, &QLineEdit::returnPressed, this, [this] { add(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeChosen(); });
    // Recording a day needs the right to change the school record.
    const bool mayChange = sessionMay(context, Action::Update, Section::Identity, studentId);
    for (QWidget *w : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_add),
                       static_cast<QWidget *>(m_remove)})
        w->setEnabled(mayChange);
    retranslateUi();
}

void DailyAbsenceBox::setTerm(const QString &termId)
{
    m_termId = termId;
    reload();
}

QString DailyAbsenceBox::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void DailyAbsenceBox::reload()
{
    m_rows.clear();
    if (!m_termId.isEmpty()) {
        auto list = IndicatorService(m_context.database(), m_context.clock())
                            .dailyAbsences(m_context.session(), m_studentId, m_termId);
        if (list)
            m_rows = list.value();
        else
            showError(list.error().message);
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const DailyAbsence &a = m_rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(formatDate(a.onDate, DateStyle::Short)));
        m_table->setItem(row, 1, new QTableWidgetItem(label(a.kind)));
    }
    m_table->resizeColumnToContents(0);
}

void DailyAbsenceBox::showError(const QString &message)
{
    setInvalid(m_date, !message.isEmpty());
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool DailyAbsenceBox::add()
{
    showError(QString());
    auto date = m_date->date(QStringLiteral("onDate"));
    if (!date) {
        showError(date.error().message);
        return false;
    }
    DailyAbsence absence;
    absence.studentId = m_studentId;
    absence.onDate = date.value();
    absence.kind = selectedEnum(m_kind, AbsenceKind::Absent);
    auto added
            = IndicatorService(m_context.database(), m_context.clock()).addDailyAbsence(m_context.session(), absence);
    if (!added) {
        showError(added.error().message);
        m_date->setFocus();
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool DailyAbsenceBox::removeChosen()
{
    showError(QString());
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    auto removed = IndicatorService(m_context.database(), m_context.clock())
                           .removeDailyAbsence(m_context.session(), m_rows.at(row).id);
    if (!removed) {
        showError(removed.error().message);
        return false;
    }
    reload();
    emit changed();
    return true;
}

void DailyAbsenceBox::retranslateUi()
{
    setTitle(tr("Daily absences of this term"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind")});
    m_dateLabel->setText(tr("&Day"));
    m_add->setText(tr("&Add day"));
    m_remove->setText(tr("&Remove chosen day"));
    fillEnumCombo<AbsenceKind>(m_kind);
}

void DailyAbsenceBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QGroupBox::changeEvent(event);
}

}  // namespace care::ui
