// RiskService::overview: the risk levels of a class or a school at a glance.
#include "risk/riskservice.h"

#include "security/accesscontrol.h"
#include "storage/accessrepository.h"
#include "storage/rosterrepository.h"
#include "storage/schoolrepository.h"
#include "storage/studentsearch.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace care {

struct RiskOverviewText {
    Q_DECLARE_TR_FUNCTIONS(RiskOverviewText)
};

namespace {

struct Seat {
    QString classroomId;
    QString classroomName;
    int classroomOrder = 0;
    int classNumber = 0;
};

// Class register places of the students of these schools (or one classroom).
Result<QHash<QString, Seat>> seats(Database &db, const QSet<QString> &schoolIds, const RiskOverviewFilter &filter)
{
    QHash<QString, Seat> seated;
    SchoolRepository schools(db);
    RosterRepository roster(db);
    for (const QString &schoolId : schoolIds) {
        auto classrooms = schools.classrooms(schoolId, filter.academicYearId);
        if (!classrooms)
            return classrooms.error();
        int order = 0;
        for (const ClassroomSummary &summary : classrooms.value()) {
            ++order;
            if (!filter.classroomId.isEmpty() && summary.classroom.id != filter.classroomId)
                continue;
            auto entries = roster.classroom(summary.classroom.id);
            if (!entries)
                return entries.error();
            for (const RosterEntry &entry : entries.value())
                seated.insert(entry.student.id,
                              Seat{summary.classroom.id, summary.classroom.name(), order, entry.classNumber});
        }
    }
    return seated;
}

// The students of the filter within `scope`, in Thai name order.
Result<QList<StudentListRow>> studentsIn(Database &db, const StudentListScope &scope, const RiskOverviewFilter &filter)
{
    StudentQuery query;
    query.academicYearId = filter.academicYearId;
    query.schoolId = filter.schoolId;
    query.classroomId = filter.classroomId;
    query.status = StudentStatus::Studying;
    const StudentFilter students(scope, query);
    const StudentSearch search(db);
    auto total = search.count(students);
    if (!total)
        return total.error();
    return search.page(students, StudentSort::Name, true, 0, qMax(1, total.value()), total.value());
}

// Students listed only through a break-the-glass grant, with its reason (for their audit events).
Result<QHash<QString, QString>> grantReasons(Database &db, const Session &session, StudentListScope scope,
                                             const RiskOverviewFilter &filter, const QDateTime &nowUtc)
{
    auto reasons = AccessRepository(db).activeGrantReasons(session.userId(), nowUtc);
    if (!reasons || reasons->isEmpty())
        return reasons;
    scope.grantsValidAtUtc = QDateTime();
    auto own = studentsIn(db, scope, filter);
    if (!own)
        return own.error();
    for (const StudentListRow &row : own.value())
        reasons->remove(row.id);
    return reasons;
}

}  // namespace

Result<QList<RiskOverviewRow>> RiskService::overview(const Session &session, const RiskOverviewFilter &filter) const
{
    const AccessControl access(m_db, m_clock);
    if (auto fresh = access.current(session); !fresh)
        return fresh.error();
    if (!access.matrix().allows(session.role(), Action::View, Section::Risk))
        return Error{
                RiskOverviewText::tr("Refused: your role (%1) may not see risk levels.").arg(label(session.role())),
                {},
                {}};
    const StudentListScope scope = access.listScope(session);
    auto found = studentsIn(m_db, scope, filter);
    if (!found)
        return found.error();
    QSet<QString> schoolIds;
    QString firstId, lastId;
    for (const StudentListRow &s : found.value()) {
        schoolIds.insert(s.schoolId);
        firstId = firstId.isEmpty() ? s.id : std::min(firstId, s.id);
        lastId = std::max(lastId, s.id);
    }
    auto seated = seats(m_db, schoolIds, filter);
    if (!seated)
        return seated.error();
    QHash<QString, RiskCurrentRow> current;
    if (!firstId.isEmpty()) {
        auto rows = RiskRepository(m_db.connection()).current(firstId, lastId);
        if (!rows)
            return rows.error();
        current = rows.value();
    }

    // The overall level is stored open: filter on it first, so that only the
    // students shown have their sealed levels opened (and audited).
    QList<RiskOverviewRow> rows;
    int nameOrder = 0;
    for (const StudentListRow &s : found.value()) {
        RiskOverviewRow row;
        row.studentId = s.id;
        row.schoolId = s.schoolId;
        row.displayName = s.displayNameTh();
        row.nameOrder = ++nameOrder;
        const Seat seat = seated->value(s.id);
        row.classroomId = seat.classroomId;
        row.classroomName = seat.classroomId.isEmpty() ? s.classroomName : seat.classroomName;
        row.classroomOrder = seat.classroomId.isEmpty() ? INT_MAX : seat.classroomOrder;
        row.classNumber = seat.classNumber;
        row.overall = current.contains(s.id) ? current.value(s.id).overall : RiskLevel::Normal;
        if (filter.level && row.overall != *filter.level)
            continue;
        if (filter.flaggedOnly && row.overall == RiskLevel::Normal)
            continue;
        for (RiskDomain domain : allValues<RiskDomain>())
            row.domains.insert(domain, RiskLevel::Normal);
        rows << row;
    }
    const bool anySealed = std::any_of(rows.cbegin(), rows.cend(),
                                       [&current](const RiskOverviewRow &r) { return current.contains(r.studentId); });
    if (!anySealed)
        return rows;
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return Error{RiskOverviewText::tr("Care is locked. Sign in again to see risk levels."), {}, {}};
    auto reasons = grantReasons(m_db, session, scope, filter, m_clock.nowUtc());
    if (!reasons)
        return reasons.error();

    // Read inside the write: the levels shown and their audit events describe the same moment.
    WriteScope write(m_db, session.actor(), m_clock);
    if (!write.isActive())
        return write.error();
    RiskContentReader contents(m_db.connection());
    for (RiskOverviewRow &row : rows) {
        const auto it = current.constFind(row.studentId);
        if (it == current.cend())
            continue;
        auto sealed = contents.sealed(it->assessmentId);
        if (!sealed)
            return sealed.error();
        auto plain
                = cipher->openText(QString::fromUtf8(sealed.value()), RiskRepository::contentContext(it->assessmentId));
        if (!plain)
            return plain.error();
        auto opened = RiskOutcome::fromJson(plain->toUtf8());
        if (!opened)
            return opened.error();
        for (RiskDomain domain : allValues<RiskDomain>())
            row.domains.insert(domain, opened->level(domain));
        if (auto s = write.audit(QStringLiteral("view"), QStringLiteral("risk"), row.studentId, code(Section::Risk),
                                 QStringLiteral("risk overview"), reasons->value(row.studentId));
            !s)
            return s.error();
    }
    if (auto s = write.commit(); !s)
        return s.error();
    return rows;
}

}  // namespace care
