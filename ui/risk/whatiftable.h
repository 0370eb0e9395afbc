#pragma once

#include "risk/riskservice.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace care::ui {

// A what-if answer as a table: per school (and in total) how many students
// it has, how many would move, and the moves as "from → to: count".
struct WhatIfTable {
    Q_DECLARE_TR_FUNCTIONS(WhatIfTable)
public:
    enum Column { SchoolColumn, StudentsColumn, MovingColumn, MovesColumn, ColumnCount };

    static QTableWidget *make(QWidget *parent);
    static void fill(QTableWidget *table, const WhatIfResult &result);
    static void retranslate(QTableWidget *table);
    // "ปกติ → เสี่ยง: 3 · เสี่ยง → มีปัญหา: 1", or that nobody moves.
    static QString moves(const LevelShift &shift);
    // One sentence over all schools.
    static QString summary(const WhatIfResult &result);
};

} // namespace care::ui
