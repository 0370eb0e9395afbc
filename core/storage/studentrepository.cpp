#include "storage/studentrepository.h"

#include "domain/validation.h"
#include "storage/rowmapping.h"
#include "storage/sqlerror.h"
#include "storage/tablerow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace care {

struct StudentRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(StudentRepositoryText)
};

namespace {
QString joined(const QStringList &columns, const QString &alias = {})
{
    if (alias.isEmpty())
        return columns.join(QLatin1Char(','));
    QStringList out;
    for (const QString &c : columns)
        out << alias + QLatin1Char('.') + c;
    return out.join(QLatin1Char(','));
}
// Writes the changed columns of a record and, only if something changed,
// stamps updated_at; created_at never changes.
Result<int> updateStamped(WriteScope &scope, TableRow before, TableRow after)
{
    const auto isTimestamp = [](const auto &c) { return c.first.endsWith(QLatin1String("_at")); };
    before.columns.removeIf(isTimestamp);
    after.columns.removeIf(isTimestamp);
    auto changed = updateRow(scope, before, after);
    if (changed && changed.value() > 0) {
        TableRow stamp{after.table, after.id, {{QStringLiteral("updated_at"), scope.now()}}};
        if (auto s = updateRow(scope, TableRow{after.table, after.id, {}}, stamp); !s)
            return s.error();
    }
    return changed;
}
} // namespace

Status StudentRepository::insert(WriteScope &scope, const Student &s) { return insertRow(scope, toRow(s)); }

Result<int> StudentRepository::update(WriteScope &scope, const Student &before, const Student &after)
{
    return updateStamped(scope, toRow(before), toRow(after));
}

Status StudentRepository::insert(WriteScope &scope, const Guardian &g) { return insertRow(scope, toRow(g, scope.now())); }

Result<int> StudentRepository::update(WriteScope &scope, const Guardian &before, const Guardian &after)
{
    return updateStamped(scope, toRow(before, QString()), toRow(after, QString()));
}

Status StudentRepository::link(WriteScope &scope, const QString &studentId, const GuardianLink &link)
{
    const TableRow row = toRow(studentId, link);
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("INSERT INTO student_guardian(student_id, guardian_id, relation, is_primary, "
                             "lives_with_student) VALUES (?, ?, ?, ?, ?) ON CONFLICT(student_id, guardian_id) "
                             "DO UPDATE SET relation = excluded.relation, is_primary = excluded.is_primary, "
                             "lives_with_student = excluded.lives_with_student"));
    for (const auto &column : row.columns)
        q.addBindValue(column.second);
    if (auto s = execStatement(q, QStringLiteral("link guardian")); !s)
        return s;
    return scope.recordChange(row.table, row.id, ChangeOperation::Insert, row.toJson());
}

Status StudentRepository::unlink(WriteScope &scope, const QString &studentId, const QString &guardianId)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("DELETE FROM student_guardian WHERE student_id = ? AND guardian_id = ?"));
    q.addBindValue(studentId);
    q.addBindValue(guardianId);
    if (auto s = execStatement(q, QStringLiteral("unlink guardian")); !s)
        return s;
    const QString id = studentId + QLatin1Char(':') + guardianId;
    return scope.recordChange(QStringLiteral("student_guardian"), id, ChangeOperation::Delete,
                              QJsonObject{{QStringLiteral("id"), id}});
}

Error StudentRepository::lockedError()
{
    return Error{StudentRepositoryText::tr("Care is locked. Sign in again to read or change household income "
                                           "and circumstances."), {}, {}};
}

Status StudentRepository::insert(WriteScope &scope, const Household &h)
{
    const FieldCipherPtr cipher = scope.database().fieldCipher();
    if (!cipher)
        return lockedError();
    return insertRow(scope, toRow(h, scope.now(), *cipher));
}

Result<int> StudentRepository::update(WriteScope &scope, const Household &before, const Household &after)
{
    const FieldCipherPtr cipher = scope.database().fieldCipher();
    if (!cipher)
        return lockedError();
    TableRow beforeRow = toRow(before, QString(), *cipher);
    TableRow afterRow = toRow(after, QString(), *cipher);
    // Every seal has a fresh nonce: compare the plain values, and write the
    // sealed column only when they differ.
    const QString column = QStringLiteral("circumstances");
    if (circumstancesJson(before) == circumstancesJson(after))
        afterRow.set(column, beforeRow.value(column));
    return updateStamped(scope, beforeRow, afterRow);
}

Status StudentRepository::insert(WriteScope &scope, const Enrollment &e) { return insertRow(scope, toRow(e)); }
Status StudentRepository::insert(WriteScope &scope, const AttendanceRecord &a) { return insertRow(scope, toRow(a)); }
Status StudentRepository::insert(WriteScope &scope, const AcademicRecord &a) { return insertRow(scope, toRow(a)); }

Result<Student> StudentRepository::student(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM student WHERE id = ?").arg(joined(studentColumns())));
    q.addBindValue(id);
    if (auto s = execStatement(q, QStringLiteral("load student")); !s)
        return s.error();
    if (!q.next())
        return Error{StudentRepositoryText::tr("No student has this record id."), {}, id};
    return studentFromQuery(q);
}

Result<std::optional<Student>> StudentRepository::find(const QString &idOrNumber) const
{
    const QString text = idOrNumber.trimmed();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM student WHERE id = ? OR citizen_id = ? "
                             "ORDER BY (id = ?) DESC LIMIT 1").arg(joined(studentColumns())));
    q.addBindValue(text.toLower());
    q.addBindValue(normalizeCitizenId(text));
    q.addBindValue(text.toLower());
    if (auto s = execStatement(q, QStringLiteral("find student")); !s)
        return s.error();
    if (q.next())
        return std::optional<Student>(studentFromQuery(q));
    return std::optional<Student>();
}

Result<QList<GuardianLink>> StudentRepository::guardians(const QString &studentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1, sg.relation, sg.is_primary, sg.lives_with_student "
                             "FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id "
                             "WHERE sg.student_id = ? ORDER BY sg.is_primary DESC, g.id")
                  .arg(joined(guardianColumns(), QStringLiteral("g"))));
    q.addBindValue(studentId);
    if (auto s = execStatement(q, QStringLiteral("load guardians")); !s)
        return s.error();
    QList<GuardianLink> links;
    const int n = int(guardianColumns().size());
    while (q.next()) {
        GuardianLink link;
        link.guardian = guardianFromQuery(q);
        link.relation = fromCode<GuardianRelation>(q.value(n).toString()).value_or(GuardianRelation::Other);
        link.isPrimary = q.value(n + 1).toBool();
        link.livesWithStudent = q.value(n + 2).toBool();
        links << link;
    }
    return links;
}

Result<std::optional<Guardian>> StudentRepository::guardian(const QString &guardianId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM guardian WHERE id = ?").arg(joined(guardianColumns())));
    q.addBindValue(guardianId);
    if (auto s = execStatement(q, QStringLiteral("load guardian")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Guardian>();
    return std::optional<Guardian>(guardianFromQuery(q));
}

Result<std::optional<Household>> StudentRepository::household(const QString &householdId) const
{
    if (householdId.isEmpty())
        return std::optional<Household>();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM household WHERE id = ?").arg(joined(householdColumns())));
    q.addBindValue(householdId);
    if (auto s = execStatement(q, QStringLiteral("load household")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Household>();
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return lockedError();
    auto h = householdFromQuery(q, *cipher);
    if (!h)
        return h.error();
    return std::optional<Household>(h.value());
}

Result<StudentProfile> StudentRepository::profile(const QString &studentId, bool withFamily) const
{
    StudentProfile p;
    auto s = student(studentId);
    if (!s)
        return s.error();
    p.student = s.value();

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM school WHERE id = ?").arg(joined(schoolColumns())));
    q.addBindValue(p.student.schoolId);
    if (auto st = execStatement(q, QStringLiteral("load school")); !st)
        return st.error();
    if (q.next())
        p.school = schoolFromQuery(q);

    if (withFamily) {
        auto h = household(p.student.householdId);
        if (!h)
            return h.error();
        p.household = h.value();
        auto g = guardians(studentId);
        if (!g)
            return g.error();
        p.guardians = g.value();
    }

    q.prepare(QStringLiteral(
        "SELECT e.id, y.year_be, sc.id, sc.name_th, sc.name_en, c.id, c.grade, c.room, e.class_number, "
        "       c.homeroom_teacher "
        "FROM enrollment e JOIN classroom c ON c.id = e.classroom_id "
        "JOIN academic_year y ON y.id = e.academic_year_id JOIN school sc ON sc.id = c.school_id "
        "WHERE e.student_id = ? ORDER BY y.year_be DESC"));
    q.addBindValue(studentId);
    if (auto st = execStatement(q, QStringLiteral("load enrollments")); !st)
        return st.error();
    while (q.next()) {
        EnrollmentHistoryRow row;
        row.enrollmentId = q.value(0).toString();
        row.yearBe = q.value(1).toInt();
        row.schoolId = q.value(2).toString();
        row.schoolName = q.value(3).toString();
        row.classroomId = q.value(5).toString();
        row.grade = fromCode<Grade>(q.value(6).toString()).value_or(Grade::P1);
        row.room = q.value(7).toInt();
        row.classNumber = q.value(8).toInt();
        row.homeroomTeacher = q.value(9).toString();
        p.enrollments << row;
    }

    q.prepare(QStringLiteral(
        "SELECT t.id, y.year_be, t.number, "
        "       a.id, a.days_enrolled, a.days_absent, a.days_late, "
        "       r.id, r.gpa, r.failing_marks, r.incomplete_marks, r.not_allowed_marks "
        "FROM term t JOIN academic_year y ON y.id = t.academic_year_id "
        "LEFT JOIN attendance_record a ON a.term_id = t.id AND a.student_id = ? "
        "LEFT JOIN academic_record r ON r.term_id = t.id AND r.student_id = ? "
        "WHERE a.id IS NOT NULL OR r.id IS NOT NULL "
        "ORDER BY y.year_be DESC, t.number DESC"));
    // Two plain placeholders: Qt counts each "?1" as a parameter of its own.
    q.addBindValue(studentId);
    q.addBindValue(studentId);
    if (auto st = execStatement(q, QStringLiteral("load term indicators")); !st)
        return st.error();
    while (q.next()) {
        TermIndicators t;
        t.termId = q.value(0).toString();
        t.yearBe = q.value(1).toInt();
        t.termNumber = q.value(2).toInt();
        if (!q.value(3).isNull())
            t.attendance = AttendanceRecord{q.value(3).toString(), studentId, t.termId, q.value(4).toInt(),
                                            q.value(5).toInt(), q.value(6).toInt()};
        if (!q.value(7).isNull()) {
            AcademicRecord r{q.value(7).toString(), studentId, t.termId, std::nullopt, q.value(9).toInt(),
                             q.value(10).toInt(), q.value(11).toInt()};
            if (!q.value(8).isNull())
                r.gpa = q.value(8).toDouble();
            t.academic = r;
        }
        p.terms << t;
    }
    return p;
}

Result<bool> StudentRepository::citizenIdTaken(const QString &citizenId, const QString &exceptStudentId) const
{
    if (citizenId.isEmpty())
        return false;
    QSqlQuery q(m_db.connection());
    // IS NOT: a new record's empty id binds as NULL, and "id <> NULL" matches nothing.
    q.prepare(QStringLiteral("SELECT 1 FROM student WHERE citizen_id = ? AND id IS NOT ?"));
    q.addBindValue(citizenId);
    q.addBindValue(exceptStudentId);
    if (auto s = execStatement(q, QStringLiteral("check citizen id")); !s)
        return s.error();
    return q.next();
}

Result<int> StudentRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM student")) || !q.next())
        return storageError(q, QStringLiteral("count students"));
    return q.value(0).toInt();
}

} // namespace care
