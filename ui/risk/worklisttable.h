#pragma once

#include "risk/riskservice.h"

#include <QCoreApplication>
#include <QStringList>

class QStandardItemModel;

namespace care::ui {

// The columns of a worklist: school, student number, name, level now, the
// level before (for lists that compare) and since when the level holds.
struct WorklistTable {
    Q_DECLARE_TR_FUNCTIONS(WorklistTable)
public:
    enum Column { SchoolColumn, NumberColumn, NameColumn, LevelColumn, BeforeColumn, SinceColumn, ColumnCount };

    static QStringList headers();
    // Rows in core's order (most serious first); names sort in Thai order.
    static void fill(QStandardItemModel *model, const QList<RiskListRow> &rows);
};

} // namespace care::ui
