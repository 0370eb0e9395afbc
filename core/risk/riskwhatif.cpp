// RiskService::whatIf: how a candidate rule set would move students between
// levels, school by school, before anyone puts it in force.
#include "risk/riskservice.h"

#include "risk/riskengine.h"
#include "risk/riskevaluator.h"
#include "security/accesscontrol.h"
#include "storage/riskinputrepository.h"
#include "storage/schoolrepository.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace care {

struct RiskWhatIfText {
    Q_DECLARE_TR_FUNCTIONS(RiskWhatIfText)
};

namespace {

constexpr int kBatch = 5000;

using Counts = std::array<std::array<int, 3>, 3>;  // [from][to] by rank, exact

int studentsOf(const Counts &counts)
{
    int n = 0;
    for (const auto &row : counts)
        for (int c : row)
            n += c;
    return n;
}

int movedOf(const Counts &counts)
{
    return studentsOf(counts) - counts[0][0] - counts[1][1] - counts[2][2];
}

bool isSmall(int n)
{
    return n > 0 && n < ShownCount::kSmallest;
}

// A row's totals: exact, unless a hidden cell could be found from them by
// subtraction (then only whether they reach five).
void setTotals(LevelShift &shift, const Counts &counts, bool anyHidden)
{
    shift.students = anyHidden ? ShownCount::ranged(studentsOf(counts)) : ShownCount::small(studentsOf(counts));
    shift.moved = anyHidden ? ShownCount::ranged(movedOf(counts)) : ShownCount::small(movedOf(counts));
}

// A school's row: counts from 1 to 4 are "fewer than 5".
LevelShift schoolShift(const Counts &counts)
{
    LevelShift shift;
    bool anyHidden = false;
    for (int from = 0; from < 3; ++from)
        for (int to = 0; to < 3; ++to) {
            shift.counts[from][to] = ShownCount::small(counts[from][to]);
            anyHidden = anyHidden || isSmall(counts[from][to]);
        }
    setTotals(shift, counts, anyHidden);
    return shift;
}

// The row of all schools: exact (see docs/risk-rules.md on what it may tell).
LevelShift totalShift(const Counts &total)
{
    LevelShift shift;
    for (int from = 0; from < 3; ++from)
        for (int to = 0; to < 3; ++to)
            shift.counts[from][to] = ShownCount::exact(total[from][to]);
    shift.students = ShownCount::exact(studentsOf(total));
    shift.moved = ShownCount::exact(movedOf(total));
    return shift;
}

}  // namespace

Result<WhatIfResult> RiskService::whatIf(const Session &session, const RuleSet &candidate,
                                         const RiskProgress &progress) const
{
    AccessControl access(m_db, m_clock);
    if (auto s = access.check(session, Capability::ManageSettings); !s)
        if (auto aggregates = access.check(session, Capability::ViewAggregates); !aggregates)
            return s.error();
    auto active = RiskEngine::activeRules(m_db.connection());
    if (!active)
        return active.error();
    const RuleSet &current = *active.value();
    RiskInputRepository inputs(m_db.connection(), m_db.fieldCipher());
    auto period = inputs.period(m_clock.today());
    if (!period)
        return period.error();
    auto ids = inputs.studentIds({});
    if (!ids)
        return ids.error();
    // One read serves both rule sets unless they judge attendance over different spans.
    RiskInputNeeds both = RiskEngine::needsOf(current, candidate);
    const bool sameSpan = current.minDaysEnrolled == candidate.minDaysEnrolled;
    QHash<QString, Counts> bySchool;
    Counts totals{};
    WhatIfResult result;
    result.currentVersion = current.versionTag();
    result.candidateVersion = candidate.versionTag();
    const int total = int(ids->size());
    for (int first = 0; first < total; first += kBatch) {
        const int last = std::min(total, first + kBatch) - 1;
        both.minDaysEnrolled = current.minDaysEnrolled;
        auto before = inputs.gather(ids->at(first), ids->at(last), {}, period.value(), both);
        if (!before)
            return before.error();
        auto after = before;
        if (!sameSpan) {
            both.minDaysEnrolled = candidate.minDaysEnrolled;
            after = inputs.gather(ids->at(first), ids->at(last), {}, period.value(), both);
            if (!after)
                return after.error();
        }
        for (qsizetype i = 0; i < before->size(); ++i) {
            const RiskInputs &student = before->at(i);
            const RiskLevel from = RiskEvaluator::judge(current, student).overall;
            const RiskLevel to = RiskEvaluator::judge(candidate, after->at(i)).overall;
            ++bySchool[student.schoolId][rank(from)][rank(to)];
            ++totals[rank(from)][rank(to)];
        }
        if (progress && !progress(last + 1, total))
            return Error{RiskWhatIfText::tr("The comparison was cancelled."), {}, {}};
    }
    auto schools = SchoolRepository(m_db).schools();
    if (!schools)
        return schools.error();
    for (const School &school : schools.value()) {
        if (!bySchool.contains(school.id))
            continue;
        LevelShift shift = schoolShift(bySchool.value(school.id));
        shift.schoolId = school.id;
        shift.schoolCode = school.code;
        shift.schoolName = school.nameTh;
        result.schools << shift;
    }
    result.total = totalShift(totals);
    std::sort(result.schools.begin(), result.schools.end(),
              [](const LevelShift &a, const LevelShift &b) { return a.schoolCode < b.schoolCode; });
    // Counts only leave, but they were computed from screening results and family circumstances.
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = scope.audit(QStringLiteral("view"), QStringLiteral("risk"), {}, code(Section::Risk),
                             QStringLiteral("risk what-if %1 -> %2: %3 students, %4 would move")
                                     .arg(result.currentVersion, result.candidateVersion)
                                     .arg(studentsOf(totals))
                                     .arg(movedOf(totals)));
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return result;
}

}  // namespace care
