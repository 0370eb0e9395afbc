// Risk lists and worklists: set-based queries over risk_current, with the
// level a student had at a reference time read from the history.
#include "storage/riskrepository.h"

#include "storage/sqlerror.h"

#include <QSqlQuery>

namespace care {
namespace {

// Levels compare by rank in SQL as in C++ (risklevel.h).
QString rankOf(const QString &column)
{
    return QStringLiteral("(CASE %1 WHEN 'problem' THEN 2 WHEN 'at_risk' THEN 1 ELSE 0 END)").arg(column);
}

}  // namespace

Result<QList<RiskListRow>> RiskRepository::list(const RiskListQuery &query, const StudentListScope &scope) const
{
    using Kind = RiskListQuery::Kind;
    const bool needsBefore = query.kind == Kind::NewlyFlagged || query.kind == Kind::Rose;
    QVariantList values;
    // The level at the reference time: the newest assessment before it; a
    // student with none was normal (nothing had flagged them).
    QString before = QStringLiteral("'normal'");
    if (needsBefore) {
        before = QStringLiteral("coalesce((SELECT a.overall FROM risk_assessment a WHERE a.student_id = c.student_id "
                                "AND a.assessed_at < ? ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1), 'normal')");
        values << query.reference;
    }
    QStringList where{QStringLiteral("s.status = 'studying'"), studentScopeCondition(scope, &values)};
    if (query.kind == Kind::Current && query.level) {
        where << QStringLiteral("c.overall = ?");
        values << code(*query.level);
    } else {
        where << QStringLiteral("c.overall IN ('at_risk', 'problem')");
    }
    if (!query.schoolId.isEmpty()) {
        where << QStringLiteral("s.school_id = ?");
        values << query.schoolId;
    }
    if (query.kind == Kind::WithoutOpenCase)
        where << QStringLiteral("NOT (%1)").arg(openCaseCondition());
    QString outer = QStringLiteral("1");
    if (query.kind == Kind::NewlyFlagged)
        outer = QStringLiteral("before_level = 'normal'");
    else if (query.kind == Kind::Rose)
        outer = rankOf(QStringLiteral("overall")) + QStringLiteral(" > ") + rankOf(QStringLiteral("before_level"));
    values << query.limit;

    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT student_id, school_id, school_code, student_number, name, overall, since, "
                             "before_level FROM (SELECT c.student_id, s.school_id, sc.code AS school_code, "
                             "s.student_number, s.prefix || s.first_name_th || ' ' || s.last_name_th AS name, "
                             "c.overall, c.since, %1 AS before_level, s.sort_key "
                             "FROM risk_current c JOIN student s ON s.id = c.student_id "
                             "JOIN school sc ON sc.id = s.school_id WHERE %2) "
                             "WHERE %3 ORDER BY %4 DESC, school_code, sort_key LIMIT ?")
                      .arg(before, where.join(QStringLiteral(" AND ")), outer, rankOf(QStringLiteral("overall"))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("list risk levels")); !s)
        return s.error();
    QList<RiskListRow> rows;
    while (q.next()) {
        RiskListRow row;
        row.studentId = q.value(0).toString();
        row.schoolId = q.value(1).toString();
        row.schoolCode = q.value(2).toString();
        row.studentNumber = q.value(3).toString();
        row.displayName = q.value(4).toString();
        row.overall = fromCode<RiskLevel>(q.value(5).toString()).value_or(RiskLevel::Normal);
        row.since = q.value(6).toString();
        row.before = fromCode<RiskLevel>(q.value(7).toString()).value_or(RiskLevel::Normal);
        rows << row;
    }
    return rows;
}

}  // namespace care
