#include "risk/riskoverviewsource.h"

#include "app/appcontext.h"
#include "risk/riskoutcome.h"
#include "security/accesscontrol.h"
#include "storage/riskrepository.h"
#include "storage/rosterrepository.h"
#include "storage/schoolrepository.h"
#include "storage/studentsearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace care::ui {

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

} // namespace

Result<QList<RiskOverviewRow>> loadRiskOverview(const AppContext &context, const RiskOverviewFilter &filter)
{
    Database &db = context.database();
    const Session &session = context.session();
    const AccessControl access(db, context.clock());
    if (!session.isValid() || !access.matrix().allows(session.role(), Action::View, Section::Risk))
        return Error{RiskOverviewText::tr("Refused: your role (%1) may not see risk levels.").arg(label(session.role())),
                     {}, {}};

    StudentFilter students;
    students.academicYearId = filter.academicYearId;
    students.schoolId = filter.schoolId;
    students.classroomId = filter.classroomId;
    students.status = StudentStatus::Studying;
    students.scope = access.listScope(session);
    const StudentSearch search(db);
    auto total = search.count(students);
    if (!total)
        return total.error();
    // Name order is core's Thai collation: the rank in it is the name's sort key.
    auto found = search.page(students, StudentSort::Name, true, 0, qMax(1, total.value()), total.value());
    if (!found)
        return found.error();

    QSet<QString> schoolIds;
    QString firstId, lastId;
    for (const StudentListRow &s : found.value()) {
        schoolIds.insert(s.schoolId);
        firstId = firstId.isEmpty() ? s.id : std::min(firstId, s.id);
        lastId = std::max(lastId, s.id);
    }
    auto seated = seats(db, schoolIds, filter);
    if (!seated)
        return seated.error();
    QHash<QString, RiskCurrentRow> current;
    if (!firstId.isEmpty()) {
        auto rows = RiskRepository(db.connection()).current(firstId, lastId);
        if (!rows)
            return rows.error();
        current = rows.value();
    }
    const FieldCipherPtr cipher = db.fieldCipher();
    if (!current.isEmpty() && !cipher)
        return Error{RiskOverviewText::tr("Care is locked. Sign in again to see risk levels."), {}, {}};

    RiskContentReader contents(db.connection());
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
        RiskOutcome outcome;
        if (auto it = current.constFind(s.id); it != current.cend()) {
            auto sealed = contents.sealed(it->assessmentId);
            if (!sealed)
                return sealed.error();
            auto plain = cipher->openText(QString::fromUtf8(sealed.value()),
                                          RiskRepository::contentContext(it->assessmentId));
            if (!plain)
                return plain.error();
            auto opened = RiskOutcome::fromJson(plain->toUtf8());
            if (!opened)
                return opened.error();
            outcome = opened.value();
        }
        row.overall = outcome.overall;
        for (RiskDomain domain : allValues<RiskDomain>())
            row.domains.insert(domain, outcome.level(domain));
        if (filter.level && row.overall != *filter.level)
            continue;
        if (filter.flaggedOnly && row.overall == RiskLevel::Normal)
            continue;
        rows << row;
    }
    return rows;
}

} // namespace care::ui
