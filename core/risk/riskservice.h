#pragma once

#include "risk/riskoutcome.h"
#include "risk/riskoverview.h"
#include "risk/showncount.h"
#include "risk/ruleset.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/riskrepository.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace care {

class Clock;

// progress(done, total) after each batch; returning false cancels (the
// batches done so far stay, each complete).
using RiskProgress = std::function<bool(int done, int total)>;

struct RecomputeSummary {
    int students = 0;  // assessed
    int changed = 0;   // whose outcome changed (a history row each)
    bool cancelled = false;
    QString ruleSetVersion;
};

struct DomainExplanation {
    RiskDomain domain = RiskDomain::Attendance;
    RiskLevel level = RiskLevel::Normal;
    QStringList reasons;  // rendered
    QStringList rules;    // rule id of each reason
};

// A student's current levels with their reasons in words.
struct RiskExplanation {
    QString studentId;
    bool assessed = false;  // false: never flagged, everything normal
    RiskLevel overall = RiskLevel::Normal;
    QStringList overallReasons;
    QList<DomainExplanation> domains;  // every domain, in order
    QDateTime assessedAt;
    QDateTime since;  // when the overall level began
    QString ruleSetVersion;
};

struct RiskHistoryEntry {
    QString id;
    QDateTime assessedAt;
    QString ruleSetVersion;
    RiskOutcome outcome;
};

// How many students of one school would go from one level (row) to another
// (column) under a candidate rule set, as they may be shown: a school's
// counts from 1 to 4 are "fewer than 5" (ShownCount), and its totals then
// say only whether they reach 5. The row of all schools is exact.
struct LevelShift {
    QString schoolId;
    QString schoolCode;
    QString schoolName;
    std::array<std::array<ShownCount, 3>, 3> counts{};  // [from][to] by rank
    ShownCount students;  // assessed
    ShownCount moved;     // whose level would change
};

struct WhatIfResult {
    QString currentVersion;
    QString candidateVersion;
    QList<LevelShift> schools;  // by school code
    LevelShift total;           // all schools
};

struct ActiveRules {
    RuleSet rules;
    bool shipped = true;  // no rule set was activated: the default is in force
    QDateTime activatedAt;
    QString activatedBy;  // user id
};

struct RiskListFilter {
    std::optional<RiskLevel> level;  // else at risk and problem
    QString schoolId;
};

// Risk levels per domain and overall, with reasons (core/risk). Every
// method takes the signed-in session and asks AccessControl first; viewing
// reasons is audited as a view of the risk section.
class RiskService {
public:
    RiskService(Database &db, const Clock &clock);

    // Recomputes one student's risk inside the caller's write, so that the
    // levels change in the same transaction as the data they come from. The
    // caller has checked access and audits its own write.
    static Status recomputeIn(WriteScope &scope, const QString &studentId);
    // The same for every student of a household whose income or living
    // arrangement changed (siblings share it).
    static Status recomputeHouseholdIn(WriteScope &scope, const QString &householdId);

    // Everybody the session may recompute: all students with manage_settings,
    // else the own school's with risk/update (counsellor). Batched writes.
    Result<RecomputeSummary> recomputeAll(const Session &session, const RiskProgress &progress = {});

    Result<RiskExplanation> explain(const Session &session, const QString &studentId) const;
    Result<QList<RiskHistoryEntry>> history(const Session &session, const QString &studentId) const;

    // Counts per school of students moving between levels if `candidate`
    // were in force; writes nothing (one audit event). Needs manage_settings
    // or view_aggregates.
    Result<WhatIfResult> whatIf(const Session &session, const RuleSet &candidate,
                                const RiskProgress &progress = {}) const;
    Result<ActiveRules> activeRules(const Session &session) const;
    // Puts `rules` in force (manage_settings, audited), then recomputes everybody.
    Result<RecomputeSummary> activate(const Session &session, const RuleSet &rules, const RiskProgress &progress = {});

    // Lists within the session's list scope, studying students only.
    Result<QList<RiskListRow>> list(const Session &session, const RiskListFilter &filter) const;
    // Worklists: flagged now and normal on `since`; flagged with no open
    // case; higher now than at the end of the previous term.
    Result<QList<RiskListRow>> newlyFlagged(const Session &session, const QDate &since) const;
    Result<QList<RiskListRow>> withoutOpenCase(const Session &session) const;
    Result<QList<RiskListRow>> roseSinceLastTerm(const Session &session) const;

    // The studying students the session may list (its scope and grants) with
    // their current overall and per-domain levels. Needs risk/view. Opening
    // each student's sealed levels is audited as a view of their risk
    // section, in one write with the read.
    Result<QList<RiskOverviewRow>> overview(const Session &session, const RiskOverviewFilter &filter) const;

private:
    Result<QList<RiskListRow>> listOf(const Session &session, RiskListQuery query) const;

    Database &m_db;
    const Clock &m_clock;
};

}  // namespace care
