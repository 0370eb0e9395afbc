#include "student/profiletables.h"

#include "locale/language.h"
#include "student/academicyeartext.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>

namespace care::ui {

namespace {

const QColor kWarningBackground(0xfd, 0xe2, 0xe1);
const QColor kWarningText(0x8c, 0x1d, 0x18);

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem *number(const QString &text) { return cell(text, Qt::AlignRight | Qt::AlignVCenter); }

void warn(QTableWidgetItem *item, const QString &why)
{
    item->setBackground(kWarningBackground);
    item->setForeground(kWarningText);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setToolTip(why);
}

} // namespace

QTableWidget *ProfileTables::makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

void ProfileTables::fitToContents(QTableWidget *table)
{
    // The page scrolls, not each table: show every row, and no wider than
    // the columns so numbers stay next to their headings.
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    table->setMaximumWidth(table->horizontalHeader()->length() + 2 * table->frameWidth());
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

void ProfileTables::fillGuardians(QTableWidget *table, const QList<GuardianLink> &guardians)
{
    table->setHorizontalHeaderLabels({tr("Relation"), tr("Name"), tr("Phone"), tr("Occupation"), tr("Contact"),
                                      tr("Lives with student")});
    table->setRowCount(int(guardians.size()));
    for (int row = 0; row < guardians.size(); ++row) {
        const GuardianLink &g = guardians.at(row);
        table->setItem(row, 0, cell(label(g.relation)));
        table->setItem(row, 1, cell(g.guardian.fullName()));
        table->setItem(row, 2, cell(g.guardian.phone));
        table->setItem(row, 3, cell(g.guardian.occupation));
        table->setItem(row, 4, cell(g.isPrimary ? tr("Primary") : QString()));
        table->setItem(row, 5, cell(g.livesWithStudent ? tr("Yes") : tr("No")));
    }
    fitToContents(table);
}

void ProfileTables::fillEnrollments(QTableWidget *table, const QList<EnrollmentHistoryRow> &enrollments)
{
    table->setHorizontalHeaderLabels({tr("Academic year"), tr("Class"), tr("No."), tr("School")});
    table->setRowCount(int(enrollments.size()));
    for (int row = 0; row < enrollments.size(); ++row) {
        const EnrollmentHistoryRow &e = enrollments.at(row);
        table->setItem(row, 0, cell(academicYearText(e.yearBe)));
        table->setItem(row, 1, cell(classroomName(e.grade, e.room)));
        table->setItem(row, 2, number(e.classNumber > 0 ? QString::number(e.classNumber) : tr("–")));
        table->setItem(row, 3, cell(e.schoolName));
    }
    fitToContents(table);
}

void ProfileTables::fillTerms(QTableWidget *table, const QList<TermIndicators> &terms)
{
    const QLocale locale = localeFor(currentLanguage());
    table->setHorizontalHeaderLabels({tr("Term"), tr("Days enrolled"), tr("Absent"), tr("Late"), tr("Absence"),
                                      tr("GPA"), tr("Fail (0)"), tr("Incomplete (ร)"), tr("Barred (มส)")});
    table->setRowCount(int(terms.size()));
    const QString none = tr("–");
    for (int row = 0; row < terms.size(); ++row) {
        const TermIndicators &t = terms.at(row);
        table->setItem(row, 0, cell(tr("%1/%2").arg(academicYearText(t.yearBe)).arg(t.termNumber)));
        if (const auto &a = t.attendance) {
            table->setItem(row, 1, number(locale.toString(a->daysEnrolled)));
            table->setItem(row, 2, number(locale.toString(a->daysAbsent)));
            table->setItem(row, 3, number(locale.toString(a->daysLate)));
            auto *rate = number(a->daysEnrolled > 0 ? tr("%1%").arg(locale.toString(a->absenceRate() * 100, 'f', 1))
                                                    : none);
            if (a->daysEnrolled > 0 && a->absenceRate() >= kAbsenceWarning)
                warn(rate, tr("Absent on 10% or more of the enrolled days"));
            table->setItem(row, 4, rate);
        } else {
            for (int column = 1; column <= 4; ++column)
                table->setItem(row, column, number(none));
        }
        if (const auto &r = t.academic) {
            table->setItem(row, 5, number(r->gpa ? locale.toString(*r->gpa, 'f', 2) : none));
            const int marks[3] = {r->failingMarks, r->incompleteMarks, r->notAllowedMarks};
            for (int i = 0; i < 3; ++i) {
                auto *item = number(locale.toString(marks[i]));
                if (marks[i] > 0)
                    warn(item, tr("A failing, incomplete or barred mark"));
                table->setItem(row, 6 + i, item);
            }
        } else {
            for (int column = 5; column <= 8; ++column)
                table->setItem(row, column, number(none));
        }
    }
    fitToContents(table);
}

} // namespace care::ui
