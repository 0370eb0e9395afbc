#include "services/auditservice.h"

#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace care {

struct AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

namespace {

constexpr qint64 kProgressEvery = 4096;
constexpr int kMaxListed = 10000;

AuditEvent toEvent(const AuditRow &row)
{
    AuditEvent e;
    e.seq = row.seq;
    e.id = row.id;
    e.at = row.at;
    // WriteScope stores a user as "userId|name" and a tool by its name alone.
    const qsizetype bar = row.actor.indexOf(QLatin1Char('|'));
    if (bar >= 0) {
        e.actorId = row.actor.left(bar);
        e.actorName = row.actor.mid(bar + 1);
    } else {
        e.actorName = row.actor;
    }
    e.action = row.action;
    e.entity = row.entity;
    e.entityId = row.entityId;
    e.section = row.section;
    e.summary = row.summary;
    e.reason = row.reason;
    return e;
}

QList<AuditEvent> toEvents(const QList<AuditRow> &rows)
{
    QList<AuditEvent> events;
    events.reserve(rows.size());
    for (const AuditRow &row : rows)
        events << toEvent(row);
    return events;
}

QString startOfLocalDay(const QDate &date)
{
    return toStoredTimestamp(QDateTime(date, QTime(0, 0), Qt::LocalTime));
}

} // namespace

AuditService::AuditService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<AuditVerification> AuditService::verify(const std::function<bool(qint64, qint64)> &progress,
                                               const std::optional<AuditAnchor> &anchor) const
{
    AuditRepository repository(m_db);
    auto total = repository.count();
    if (!total)
        return total.error();

    const auto key = m_db.auditKey();
    if (!key)
        return Error{AuditText::tr("Sign in to check the audit trail: its events are sealed with the database key."),
                     {}, {}};
    const QString genesis = auditGenesisHash();
    AuditVerification result;
    QString previousHash = genesis;
    qint64 previousSeq = 0;
    int previousVersion = 0;
    bool anchorSeen = false;
    bool cancelled = false;

    const auto fail = [&](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return false;
    };

    auto walked = repository.forEachInOrder([&](const AuditRow &row) {
        ++result.eventsChecked;
        // Numbers run 1, 2, 3… with no gap: a removed event leaves a hole
        // that re-numbering cannot close, since each MAC covers its number.
        if (row.seq != previousSeq + 1) {
            if (previousSeq == 0)
                return fail(row.seq, AuditText::tr("The trail does not begin with its first event: the "
                                                   "events before this one were removed."));
            return fail(row.seq, AuditText::tr("%n event(s) before this one were removed from the trail.", nullptr,
                                               int(row.seq - previousSeq - 1)));
        }
        if (row.chainVersion < previousVersion || row.chainVersion > 1)
            return fail(row.seq, AuditText::tr("The event was written outside Care: it is not sealed like the "
                                               "events before it."));
        const QString expected = row.chainVersion == 1 ? auditEventMac(*key, row.seq, row.hashedFields())
                                                       : auditEventHash(row.hashedFields());
        if (expected.compare(row.hash, Qt::CaseInsensitive) != 0)
            return fail(row.seq, AuditText::tr("The event was changed after it was written, or written outside "
                                               "Care: its content does not match its seal."));
        if (row.prevHash != previousHash)
            return fail(row.seq, AuditText::tr("The event does not link to the one before it: an earlier "
                                               "event was changed or removed."));
        if (anchor && row.seq == anchor->seq) {
            anchorSeen = true;
            if (row.hash.compare(anchor->hash, Qt::CaseInsensitive) != 0)
                return fail(row.seq, AuditText::tr("The event does not match the anchor noted earlier: the "
                                                   "trail was rewritten from this event on."));
        }
        previousHash = row.hash;
        previousSeq = row.seq;
        previousVersion = row.chainVersion;
        if (progress && result.eventsChecked % kProgressEvery == 0
            && !progress(result.eventsChecked, std::max(total.value(), result.eventsChecked))) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!walked)
        return walked.error();
    if (cancelled)
        return Error{AuditText::tr("The check of the audit trail was cancelled."), {}, {}};
    if (result.intact && anchor && !anchorSeen)
        fail(previousSeq + 1, AuditText::tr("Event #%1, noted earlier as the anchor, is gone: the newest "
                                            "events were cut off the trail.").arg(anchor->seq));
    result.newestSeq = previousSeq;
    result.newestHash = previousHash == genesis ? QString() : previousHash;
    if (progress && result.intact)
        progress(result.eventsChecked, result.eventsChecked);
    return result;
}

Result<QList<AuditEvent>> AuditService::list(const Session &session, const AuditFilter &filter) const
{
    AccessControl access(m_db, m_clock);
    if (auto allowed = access.check(session, Capability::ViewAudit); !allowed)
        return allowed.error();
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return Error{AuditText::tr("The first date is after the last date; choose a date range that runs forward."),
                     QStringLiteral("from"),
                     {}};

    AuditRowQuery query;
    query.actorUserId = filter.userId;
    query.entityId = filter.studentId;
    query.action = filter.action;
    if (filter.from.isValid())
        query.fromUtc = startOfLocalDay(filter.from);
    if (filter.to.isValid())
        query.beforeUtc = startOfLocalDay(filter.to.addDays(1));
    query.beforeSeq = std::max<qint64>(filter.beforeSeq, 0);
    query.limit = filter.limit <= 0 ? 500 : std::min(filter.limit, kMaxListed);
    // A school's staff (the director) see their own school; municipal roles the matrix lets in see all.
    if (isSchoolRole(session.role())) {
        if (session.schoolId().isEmpty())
            return Error{
                    AuditText::tr("Your account belongs to no school, so it has no audit events to show."), {}, {}};
        query.schoolId = session.schoolId();
        // Asking about another school's child is refused, not answered with an empty list.
        if (!filter.studentId.isEmpty()) {
            auto school = AccessRepository(m_db).studentSchool(filter.studentId);
            if (!school)
                return school.error();
            // Nobody and another school's child get the same answer.
            if (!school->has_value() || **school != session.schoolId())
                return Error{AuditText::tr("No student of your school has the id %1.").arg(filter.studentId),
                             QStringLiteral("student"), {}};
        }
    }
    auto rows = AuditRepository(m_db).find(query);
    if (!rows)
        return rows.error();
    return toEvents(rows.value());
}

Result<QList<AuditEvent>> AuditService::viewsOf(const Session &session, const QString &studentId) const
{
    AccessControl access(m_db, m_clock);
    auto identity = access.check(session, Action::View, Section::Identity, studentId);
    if (!identity) {
        // Those who may read the audit trail see views of the students it shows them.
        if (!access.check(session, Capability::ViewAudit))
            return identity.error();
        if (isSchoolRole(session.role())) {
            auto school = AuditRepository(m_db).schoolOfStudent(studentId);
            if (!school)
                return school.error();
            if (session.schoolId().isEmpty() || school.value() != session.schoolId())
                return identity.error();
        }
    }
    AuditRowQuery query;
    query.entityId = studentId;
    query.action = QStringLiteral("view");
    query.limit = kMaxListed;
    auto rows = AuditRepository(m_db).find(query);
    if (!rows)
        return rows.error();
    return toEvents(rows.value());
}

} // namespace care
