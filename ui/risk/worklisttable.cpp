#include "risk/worklisttable.h"

#include "locale/collation.h"
#include "locale/dates.h"
#include "risk/riskitems.h"
#include "risk/risklevelstyle.h"
#include "util/clock.h"

#include <QHash>
#include <QStandardItemModel>

#include <algorithm>

namespace care::ui {

QStringList WorklistTable::headers()
{
    return {tr("School"), tr("Student number"), tr("Name"), tr("Level"), tr("Before"), tr("Since")};
}

void WorklistTable::fill(QStandardItemModel *model, const QList<RiskListRow> &rows)
{
    // Rows go, columns stay: the view's sort column and widths survive a reload.
    model->setRowCount(0);
    model->setHorizontalHeaderLabels(headers());
    // The rank of each name in Thai dictionary order (core's collation) is its sort key.
    QStringList names;
    for (const RiskListRow &row : rows)
        names << row.displayName;
    collation::sort(names);
    QHash<QString, int> nameRank;
    for (qsizetype i = names.size() - 1; i >= 0; --i)
        nameRank.insert(names.at(i), int(i));

    for (const RiskListRow &row : rows) {
        const QDateTime since = fromStoredTimestamp(row.since);
        QList<QStandardItem *> cells{riskitems::text(row.schoolCode),
                                     riskitems::text(row.studentNumber),
                                     riskitems::text(row.displayName, nameRank.value(row.displayName)),
                                     risklevelstyle::item(row.overall),
                                     risklevelstyle::item(row.before),
                                     riskitems::text(since.isValid() ? formatDate(since.toLocalTime().date()) : QString(),
                                                     since.isValid() ? since.toMSecsSinceEpoch() : 0)};
        for (QStandardItem *cell : std::as_const(cells))
            cell->setData(row.studentId, riskitems::StudentIdRole);
        model->appendRow(cells);
    }
}

} // namespace care::ui
