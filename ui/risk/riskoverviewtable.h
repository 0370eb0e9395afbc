#pragma once

#include "risk/riskoverview.h"

#include <QCoreApplication>
#include <QStringList>

class QStandardItemModel;
class QTableView;

namespace care::ui {

// The risk overview's columns: class, number, name, overall level and one
// column per domain, each level in words on its colour.
struct RiskOverviewTable {
    Q_DECLARE_TR_FUNCTIONS(RiskOverviewTable)
public:
    enum Column { ClassColumn, NumberColumn, NameColumn, OverallColumn, FirstDomainColumn };

    static QStringList headers();
    static void fill(QStandardItemModel *model, const QList<RiskOverviewRow> &rows);
    static int domainColumn(RiskDomain domain);
    // Class, number and name as wide as their text; the level columns of one
    // width, their long names elided in the header and whole in its tooltip.
    static void fitColumns(QTableView *view);
};

} // namespace care::ui
