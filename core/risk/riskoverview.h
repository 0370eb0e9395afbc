#pragma once

#include "risk/risklevel.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace care {

// One student of the risk overview: where they sit in the class register
// and their overall and per-domain levels.
struct RiskOverviewRow {
    QString studentId;
    QString schoolId;
    QString classroomId;  // empty: not enrolled in the chosen year
    QString classroomName;
    int classroomOrder = 0;  // the school's classrooms in grade and room order
    int classNumber = 0;     // เลขที่ in the register; 0 = none
    QString displayName;     // Thai name with prefix
    int nameOrder = 0;       // rank in Thai name order (core's collation)
    RiskLevel overall = RiskLevel::Normal;
    QMap<RiskDomain, RiskLevel> domains;  // every domain
};

struct RiskOverviewFilter {
    QString academicYearId;          // the year whose classes are shown
    QString schoolId;                // empty: every school the session reaches
    QString classroomId;             // empty: every classroom of the school
    std::optional<RiskLevel> level;  // only this overall level
    bool flaggedOnly = false;        // only at risk and problem
};

}  // namespace care
