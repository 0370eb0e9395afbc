#pragma once

#include "risk/riskoverviewsource.h"

#include <QCoreApplication>
#include <QStringList>

class QStandardItemModel;

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
};

} // namespace care::ui
