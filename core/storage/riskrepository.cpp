#include "storage/riskrepository.h"

#include "storage/bulkinsert.h"
#include "storage/rawstatement.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QSqlQuery>

namespace care {
namespace {

const QString kRuleSetColumns = QStringLiteral("id, rules_id, version, body, activated_at, activated_by");

RuleSetRow ruleSetFrom(const QSqlQuery &q)
{
    return RuleSetRow{q.value(0).toString(),          q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString().toUtf8(), q.value(4).toString(), q.value(5).toString()};
}

RiskLevel levelFrom(const QVariant &value)
{
    return fromCode<RiskLevel>(value.toString()).value_or(RiskLevel::Normal);
}

RiskCurrentRow currentFrom(const QSqlQuery &q)
{
    return RiskCurrentRow{q.value(0).toString(), levelFrom(q.value(1)), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), {}};
}

const QString kCurrentSelect
        = QStringLiteral("SELECT c.student_id, c.overall, c.assessment_id, c.since, a.content FROM risk_current c "
                         "JOIN risk_assessment a ON a.id = c.assessment_id ");

}  // namespace

SealContext RiskRepository::contentContext(const QString &assessmentId)
{
    return SealContext{QStringLiteral("risk_assessment"), QStringLiteral("content"), assessmentId};
}

Status RiskRepository::insert(WriteScope &scope, const RiskAssessmentRow &row, BulkInsert *bulk)
{
    TableRow table{QStringLiteral("risk_assessment"), row.id, {}};
    table.set(QStringLiteral("student_id"), row.studentId)
            .set(QStringLiteral("assessed_at"), row.assessedAt)
            .set(QStringLiteral("rule_set_version"), row.ruleSetVersion)
            .set(QStringLiteral("overall"), code(row.overall))
            .set(QStringLiteral("content"), row.sealedContent);
    return bulk ? bulk->add(table) : insertRow(scope, table);
}

Status RiskRepository::setCurrent(WriteScope &scope, const QString &studentId, RiskLevel overall,
                                  const QString &assessmentId, const QString &since, const QByteArray &fingerprint)
{
    auto statement = scope.prepared(
            QStringLiteral("INSERT INTO risk_current(student_id, overall, assessment_id, since, content_fingerprint) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT(student_id) DO UPDATE SET overall = excluded.overall, "
                           "assessment_id = excluded.assessment_id, since = excluded.since, "
                           "content_fingerprint = excluded.content_fingerprint"));
    if (!statement)
        return statement.error();
    QSqlQuery &q = *statement.value();
    q.bindValue(0, studentId);
    q.bindValue(1, code(overall));
    q.bindValue(2, assessmentId);
    q.bindValue(3, since);
    q.bindValue(4, fingerprint.isEmpty() ? QVariant() : QVariant(fingerprint));
    return execStatement(q, QStringLiteral("update current risk level"));
}

Status RiskRepository::insert(WriteScope &scope, const RuleSetRow &row)
{
    TableRow table{QStringLiteral("rule_set"), row.id, {}};
    table.set(QStringLiteral("rules_id"), row.rulesId)
            .set(QStringLiteral("version"), row.version)
            .set(QStringLiteral("body"), QString::fromUtf8(row.body))
            .set(QStringLiteral("activated_at"), row.activatedAt)
            .set(QStringLiteral("activated_by"), row.activatedBy);
    return insertRow(scope, table);
}

Status RiskRepository::removeForStudent(WriteScope &scope, const QString &studentId)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("DELETE FROM risk_current WHERE student_id = ?"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("remove current risk level")); !s)
        return s;
    q.prepare(QStringLiteral("SELECT id FROM risk_assessment WHERE student_id = ?"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("find risk history")); !s)
        return s;
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : ids)
        if (auto s = deleteRow(scope, QStringLiteral("risk_assessment"), id); !s)
            return s;
    return {};
}

Result<QHash<QString, RiskCurrentRow>> RiskRepository::current(const QString &firstId, const QString &lastId) const
{
    // Read for every student of every batch of a full recompute: on SQLite directly.
    RawStatement q(m_connection,
                   "SELECT student_id, overall, assessment_id, since, content_fingerprint "
                   "FROM risk_current WHERE student_id BETWEEN ?1 AND ?2");
    q.bind(1, firstId);
    q.bind(2, lastId);
    QHash<QString, RiskCurrentRow> rows;
    while (q.next()) {
        RiskCurrentRow row{
                q.text(0), fromCode<RiskLevel>(q.text(1)).value_or(RiskLevel::Normal), q.text(2), q.text(3), {}, {}};
        row.contentFingerprint = q.blob(4).toByteArray();
        rows.insert(row.studentId, row);
    }
    if (!q.status())
        return q.status().error();
    return rows;
}

RiskContentReader::RiskContentReader(const QSqlDatabase &connection) : m_connection(connection) {}

RiskContentReader::~RiskContentReader() = default;

Result<QByteArray> RiskContentReader::sealed(const QString &assessmentId)
{
    if (!m_statement)
        m_statement = std::make_unique<RawStatement>(m_connection, "SELECT content FROM risk_assessment WHERE id = ?1");
    RawStatement &q = *m_statement;
    q.reset();
    q.bind(1, assessmentId);
    QByteArray content;
    if (q.next())
        content = q.bytes(0).toByteArray();
    if (!q.status())
        return q.status().error();
    return content;
}

Result<std::optional<RiskCurrentRow>> RiskRepository::current(const QString &studentId) const
{
    QSqlQuery q(m_connection);
    q.prepare(kCurrentSelect + QStringLiteral("WHERE c.student_id = ?"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("read current risk level")); !s)
        return s.error();
    if (!q.next())
        return std::optional<RiskCurrentRow>();
    return std::optional<RiskCurrentRow>(currentFrom(q));
}

Result<QList<RiskAssessmentRow>> RiskRepository::history(const QString &studentId) const
{
    QSqlQuery q(m_connection);
    q.prepare(QStringLiteral("SELECT id, student_id, assessed_at, rule_set_version, overall, content "
                             "FROM risk_assessment WHERE student_id = ? ORDER BY assessed_at, id"));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("read risk history")); !s)
        return s.error();
    QList<RiskAssessmentRow> rows;
    while (q.next())
        rows << RiskAssessmentRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), levelFrom(q.value(4)), q.value(5).toString()};
    return rows;
}

Result<std::optional<RuleSetRow>> RiskRepository::activeRuleSet() const
{
    QSqlQuery q(m_connection);
    q.prepare(
            QStringLiteral("SELECT %1 FROM rule_set ORDER BY activated_at DESC, id DESC LIMIT 1").arg(kRuleSetColumns));
    if (auto s = execStatement(q, QStringLiteral("read the active risk rules")); !s)
        return s.error();
    if (!q.next())
        return std::optional<RuleSetRow>();
    return std::optional<RuleSetRow>(ruleSetFrom(q));
}

Result<std::optional<RuleSetRow>> RiskRepository::ruleSet(const QString &rulesId, const QString &version) const
{
    QSqlQuery q(m_connection);
    q.prepare(QStringLiteral("SELECT %1 FROM rule_set WHERE rules_id = ? AND version = ? "
                             "ORDER BY activated_at DESC, id DESC LIMIT 1")
                      .arg(kRuleSetColumns));
    q.addBindValue(rulesId);
    q.addBindValue(version);
    if (auto s = execStatement(q, QStringLiteral("read risk rules")); !s)
        return s.error();
    if (!q.next())
        return std::optional<RuleSetRow>();
    return std::optional<RuleSetRow>(ruleSetFrom(q));
}

QString RiskRepository::openCaseCondition()
{
    // No case table yet: nobody has an open case, so every student at risk
    // or with a problem is on the "no open case" worklist.
    return QStringLiteral("0");
}

}  // namespace care
