#pragma once

#include "risk/risklevel.h"
#include "security/fieldcipher.h"
#include "storage/studentsearch.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace care {

class BulkInsert;
class RawStatement;

// One row of risk_assessment: content is the sealed outcome (riskoutcome.h).
struct RiskAssessmentRow {
    QString id;
    QString studentId;
    QString assessedAt;      // stored timestamp
    QString ruleSetVersion;  // "rules-id@version"
    RiskLevel overall = RiskLevel::Normal;
    QString sealedContent;
};

// risk_current, with the content of the assessment it points at when asked.
struct RiskCurrentRow {
    QString studentId;
    RiskLevel overall = RiskLevel::Normal;
    QString assessmentId;
    QString since;          // stored timestamp: when the overall level began
    QString sealedContent;  // empty from the range read
    QByteArray contentFingerprint;  // the range read only; empty when not yet recorded
};

// One activated rule set (table rule_set).
struct RuleSetRow {
    QString id;
    QString rulesId;
    QString version;
    QByteArray body;
    QString activatedAt;
    QString activatedBy;  // user id
};

// A student in a risk list or worklist.
struct RiskListRow {
    QString studentId;
    QString schoolId;
    QString schoolCode;
    QString studentNumber;
    QString displayName;  // Thai name with prefix
    RiskLevel overall = RiskLevel::Normal;
    QString since;                         // stored timestamp
    RiskLevel before = RiskLevel::Normal;  // worklists: the level at their reference time
};

struct RiskListQuery {
    enum class Kind {
        Current,          // current level (optionally one level)
        NewlyFlagged,     // normal at `reference`, at risk or problem now
        Rose,             // higher now than at `reference`
        WithoutOpenCase,  // at risk or problem with no open case
    };
    Kind kind = Kind::Current;
    std::optional<RiskLevel> level;  // Current: only this level (else at risk and problem)
    QString schoolId;                // only this school, if set
    QString reference;               // stored timestamp for NewlyFlagged and Rose
    int limit = 100000;
};

// All SQL of risk levels: the history (append-only), the current level per
// student, the activated rule sets, and the lists over them.
class RiskRepository {
public:
    explicit RiskRepository(const QSqlDatabase &connection) : m_connection(connection) {}

    static SealContext contentContext(const QString &assessmentId);
    // Appends a history row, change-logged (through `bulk` when given: then
    // flush it before setCurrent points at the row).
    static Status insert(WriteScope &scope, const RiskAssessmentRow &row, BulkInsert *bulk = nullptr);
    // Points risk_current at an assessment, with the fingerprint of its
    // content (FieldCipher::fingerprint at contentContext). risk_current is
    // this device's index of the history, so it is not change-logged: every
    // device derives it.
    static Status setCurrent(WriteScope &scope, const QString &studentId, RiskLevel overall,
                             const QString &assessmentId, const QString &since, const QByteArray &fingerprint);
    static Status insert(WriteScope &scope, const RuleSetRow &row);
    // When a student record is deleted: their history (change-logged
    // tombstones) and current level go with it.
    static Status removeForStudent(WriteScope &scope, const QString &studentId);

    // Current rows (without content) of the students with firstId <= id <= lastId, by student id.
    Result<QHash<QString, RiskCurrentRow>> current(const QString &firstId, const QString &lastId) const;
    Result<std::optional<RiskCurrentRow>> current(const QString &studentId) const;
    // The student's assessments, oldest first.
    Result<QList<RiskAssessmentRow>> history(const QString &studentId) const;

    // The rule set in force (the newest activated), if any.
    Result<std::optional<RuleSetRow>> activeRuleSet() const;
    // The newest activation of this id and version, if any.
    Result<std::optional<RuleSetRow>> ruleSet(const QString &rulesId, const QString &version) const;

    // Only students of `scope` (AccessControl::listScope of the session).
    Result<QList<RiskListRow>> list(const RiskListQuery &query, const StudentListScope &scope) const;
    // Students with an open case. There is no case table yet: the casework
    // feature replaces this condition (on "student s") with its own.
    static QString openCaseCondition();

private:
    QSqlDatabase m_connection;
};

// The sealed content of assessments one by one, with one prepared statement
// for a whole batch (a recompute opens only the contents it must compare).
class RiskContentReader {
public:
    explicit RiskContentReader(const QSqlDatabase &connection);
    ~RiskContentReader();
    RiskContentReader(const RiskContentReader &) = delete;
    RiskContentReader &operator=(const RiskContentReader &) = delete;

    // The stored (sealed) text's UTF-8 bytes; empty when no such row.
    Result<QByteArray> sealed(const QString &assessmentId);

private:
    QSqlDatabase m_connection;
    std::unique_ptr<RawStatement> m_statement;
};

}  // namespace care
