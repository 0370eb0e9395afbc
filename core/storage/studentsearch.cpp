#include "storage/studentsearch.h"

#include "domain/validation.h"
#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "util/clock.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace care {
namespace {

constexpr int kTrigram = 3;  // FTS5 trigram needs at least 3 characters per term
constexpr int kIdFragment = 6;      // digits from which an ID fragment may match mid-number
constexpr int kWalkIndexFrom = 2000;  // matches above which the page walks the sort index

struct Where {
    QStringList clauses;
    QVariantList values;
    void add(const QString &clause, const QVariantList &bound = {})
    {
        clauses << clause;
        values << bound;
    }
};

QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString globPrefix(const QString &term)
{
    QString escaped;
    for (QChar c : term) {
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('['))
            escaped += QLatin1Char('[') + c + QLatin1Char(']');
        else
            escaped += c;
    }
    return escaped + QLatin1Char('*');
}

// Search terms: an ID typed with dashes is one term; otherwise words.
QStringList searchTerms(const QString &text)
{
    const QString trimmed = text.simplified();
    static const QRegularExpression idLike(QStringLiteral("^[Gg]?[0-9๐-๙][0-9๐-๙\\- ]*$"));
    if (idLike.match(trimmed).hasMatch())
        return {normalizeCitizenId(trimmed)};
    return trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool isIdQuery(const QStringList &terms)
{
    static const QRegularExpression idPattern(QStringLiteral("^G?[0-9]+$"));
    return terms.size() == 1 && idPattern.match(terms.first()).hasMatch();
}

void addTextFilter(Where &where, const QString &text)
{
    const QStringList terms = searchTerms(text);
    if (isIdQuery(terms)) {
        // IDs and student numbers are typed from their first digit, read off
        // a card or a register: a prefix on their indexes answers at once.
        // Longer fragments (the last digits of an ID) also match anywhere.
        const QString term = terms.first();
        const QString glob = globPrefix(term);
        if (term.size() >= kIdFragment)
            where.add(QStringLiteral("(s.citizen_id GLOB ? OR s.student_number GLOB ? OR s.local_rowid IN "
                                     "(SELECT rowid FROM student_search WHERE student_search MATCH ?))"),
                      {glob, glob, QStringLiteral("{citizen_id student_number} : ") + ftsPhrase(term)});
        else
            where.add(QStringLiteral("(s.citizen_id GLOB ? OR s.student_number GLOB ?)"), {glob, glob});
        return;
    }
    QStringList phrases;
    for (const QString &term : terms)
        if (term.size() >= kTrigram)
            phrases << ftsPhrase(term);
    if (!phrases.isEmpty())
        where.add(QStringLiteral("s.local_rowid IN (SELECT rowid FROM student_search WHERE student_search MATCH ?)"),
                  {phrases.join(QStringLiteral(" AND "))});
    for (const QString &term : terms) {
        if (term.size() >= kTrigram)
            continue;
        if (phrases.isEmpty()) {
            // Short query alone: prefix ranges on indexed columns keep it fast.
            const QString glob = globPrefix(term);
            where.add(QStringLiteral("(s.first_name_th GLOB ? OR s.last_name_th GLOB ? OR s.nickname GLOB ? "
                                     "OR s.first_name_en LIKE ? OR s.student_number GLOB ?)"),
                      {glob, glob, glob, term + QLatin1Char('%'), glob});
        } else {
            // Short word next to a longer one: checked on the few rows the index found.
            const QString like = QLatin1Char('%') + term + QLatin1Char('%');
            where.add(QStringLiteral("(s.first_name_th LIKE ? OR s.last_name_th LIKE ? OR s.nickname LIKE ? "
                                     "OR s.first_name_en LIKE ? OR s.last_name_en LIKE ?)"),
                      {like, like, like, like, like});
        }
    }
}

// The students the session reaches: its scope, plus unexpired break-the-glass grants.
void addScope(Where &where, const StudentListScope &scope)
{
    using Rule = StudentListScope::Rule;
    if (scope.rule == Rule::Everyone)
        return;
    QStringList reach;
    QVariantList values;
    switch (scope.rule) {
    case Rule::Everyone:
    case Rule::Nobody:
        break;
    case Rule::School:
        reach << QStringLiteral("s.school_id = ?");
        values << scope.schoolId;
        break;
    case Rule::Classrooms:
        if (!scope.classroomIds.isEmpty()) {
            values << scope.academicYearId;
            QStringList marks;
            for (const QString &id : scope.classroomIds) {
                marks << QStringLiteral("?");
                values << id;
            }
            reach << QStringLiteral("s.id IN (SELECT student_id FROM enrollment WHERE academic_year_id = ? "
                                    "AND classroom_id IN (%1))")
                         .arg(marks.join(QLatin1Char(',')));
        }
        break;
    case Rule::Referred:
        reach << QStringLiteral(
            "s.id IN (SELECT a.student_id FROM care_assignment a WHERE a.user_id = ? AND a.kind = 'health_referral' "
            "AND a.ended_at IS NULL AND (SELECT c.decision FROM consent c WHERE c.student_id = a.student_id "
            "AND c.purpose = 'health_sharing' ORDER BY c.decided_on DESC, c.created_at DESC, c.id DESC LIMIT 1) "
            "= 'given')");
        values << scope.userId;
        break;
    }
    if (scope.grantsValidAtUtc.isValid() && !scope.userId.isEmpty()) {
        const QString now = toStoredTimestamp(scope.grantsValidAtUtc);
        reach << QStringLiteral("s.id IN (SELECT student_id FROM access_grant WHERE user_id = ? AND granted_at <= ? "
                                "AND expires_at > ?)");
        values << scope.userId << now << now;
    }
    where.add(reach.isEmpty() ? QStringLiteral("0")
                              : QLatin1Char('(') + reach.join(QStringLiteral(" OR ")) + QLatin1Char(')'),
              values);
}

Where buildWhere(const StudentFilter &f)
{
    Where where;
    addScope(where, f.scope);
    if (!f.text.trimmed().isEmpty())
        addTextFilter(where, f.text);
    if (!f.schoolId.isEmpty())
        where.add(QStringLiteral("s.school_id = ?"), {f.schoolId});
    if (!f.classroomId.isEmpty())
        where.add(QStringLiteral("s.id IN (SELECT student_id FROM enrollment WHERE classroom_id = ?)"),
                  {f.classroomId});
    if (f.grade)
        where.add(QStringLiteral("s.id IN (SELECT e.student_id FROM enrollment e JOIN classroom c ON c.id = "
                                 "e.classroom_id WHERE c.academic_year_id = ? AND c.grade_ordinal = ?)"),
                  {f.academicYearId, gradeOrdinal(*f.grade)});
    if (f.status)
        where.add(QStringLiteral("s.status = ?"), {code(*f.status)});
    return where;
}

QString whereSql(const Where &where)
{
    return where.clauses.isEmpty() ? QString()
                                   : QStringLiteral(" WHERE ") + where.clauses.join(QStringLiteral(" AND "));
}

QString orderSql(StudentSort sort, bool ascending)
{
    // Ties break on local_rowid, the rowid every index already carries, so
    // SQLite reads pages straight from the index instead of sorting.
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    switch (sort) {
    case StudentSort::Name: return QStringLiteral("s.sort_key %1, s.local_rowid %1").arg(dir);
    case StudentSort::StudentNumber: return QStringLiteral("s.student_number %1, s.local_rowid %1").arg(dir);
    case StudentSort::BirthDate: return QStringLiteral("s.birth_date %1, s.local_rowid %1").arg(dir);
    case StudentSort::Classroom:
        return QStringLiteral("c.grade_ordinal %1, c.room %1, e.class_number %1, s.sort_key").arg(dir);
    }
    return QStringLiteral("s.sort_key");
}

} // namespace

QString studentScopeCondition(const StudentListScope &scope, QVariantList *values)
{
    Where where;
    addScope(where, scope);
    if (values)
        *values << where.values;
    return where.clauses.isEmpty() ? QStringLiteral("1") : where.clauses.join(QStringLiteral(" AND "));
}

QString StudentSearch::countSql(const StudentFilter &filter, QVariantList *values) const
{
    const Where where = buildWhere(filter);
    if (values)
        *values = where.values;
    return QStringLiteral("SELECT count(*) FROM student s") + whereSql(where);
}

Result<int> StudentSearch::count(const StudentFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.prepare(countSql(filter, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("count students")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

QString StudentSearch::pageSql(const StudentFilter &filter, StudentSort sort, bool ascending, int offset, int limit,
                               QVariantList *values, int expectedMatches) const
{
    const Where where = buildWhere(filter);
    const QString columns = QStringLiteral(
        "SELECT s.id, s.citizen_id, s.student_number, s.prefix, s.first_name_th, s.last_name_th, "
        "       s.first_name_en, s.last_name_en, s.nickname, s.birth_date, s.sex, s.status, "
        "       s.school_id, sc.name_th, c.grade, c.room ");
    const QString joins = QStringLiteral(
        "JOIN school sc ON sc.id = s.school_id "
        "LEFT JOIN enrollment e ON e.student_id = s.id AND e.academic_year_id = ? "
        "LEFT JOIN classroom c ON c.id = e.classroom_id");
    const QString order = QStringLiteral(" ORDER BY ") + orderSql(sort, ascending);
    if (sort == StudentSort::Classroom) {
        // The order needs the class columns: join first, then sort and cut.
        if (values) {
            values->clear();
            *values << filter.academicYearId << where.values << limit << offset;
        }
        return columns + QStringLiteral("FROM student s ") + joins + whereSql(where) + order
            + QStringLiteral(" LIMIT ? OFFSET ?");
    }
    // Pick the page from the student table alone, then join only its rows:
    // a short query can match thousands of students, and joining every match
    // before cutting the page cost more than the search itself.
    if (values) {
        values->clear();
        *values << where.values << limit << offset << filter.academicYearId;
    }
    // When many rows match, walking the name index in order and stopping at
    // the page's end beats collecting and sorting every match.
    QString source = QStringLiteral("student s");
    if (sort == StudentSort::Name && expectedMatches >= kWalkIndexFrom && !filter.text.trimmed().isEmpty())
        source = filter.schoolId.isEmpty() ? QStringLiteral("student s INDEXED BY student_sort")
                                           : QStringLiteral("student s INDEXED BY student_school_sort");
    return columns + QStringLiteral("FROM (SELECT s.local_rowid AS page_rowid FROM ") + source + whereSql(where)
        + order + QStringLiteral(" LIMIT ? OFFSET ?) page JOIN student s ON s.local_rowid = page.page_rowid ") + joins
        + order;
}

Result<QList<StudentListRow>> StudentSearch::page(const StudentFilter &filter, StudentSort sort, bool ascending,
                                                  int offset, int limit, int expectedMatches) const
{
    QVariantList values;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(pageSql(filter, sort, ascending, offset, limit, &values, expectedMatches));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("list students")); !s)
        return s.error();
    QList<StudentListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        StudentListRow r;
        r.id = q.value(0).toString();
        r.citizenId = q.value(1).toString();
        r.studentNumber = q.value(2).toString();
        r.prefix = q.value(3).toString();
        r.firstNameTh = q.value(4).toString();
        r.lastNameTh = q.value(5).toString();
        r.firstNameEn = q.value(6).toString();
        r.lastNameEn = q.value(7).toString();
        r.nickname = q.value(8).toString();
        r.birthDate = dateFrom(q.value(9));
        r.sex = fromCode<Sex>(q.value(10).toString()).value_or(Sex::Male);
        r.status = fromCode<StudentStatus>(q.value(11).toString()).value_or(StudentStatus::Studying);
        r.schoolId = q.value(12).toString();
        r.schoolName = q.value(13).toString();
        if (!q.value(14).isNull())
            if (auto g = fromCode<Grade>(q.value(14).toString()))
                r.classroomName = classroomName(*g, q.value(15).toInt());
        rows << r;
    }
    return rows;
}

} // namespace care
