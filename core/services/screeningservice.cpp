// ScreeningService: one result at a time (record, update, remove) and the
// checks and storage every write shares. Reading results is in
// screeningreads.cpp, batches and the class grid in screeningbatch.cpp.
#include "services/screeningservice.h"

#include "locale/dates.h"
#include "risk/riskservice.h"
#include "security/accesscontrol.h"
#include "services/indicatorsupport.h"
#include "services/screeningcontent.h"
#include "storage/screeningrepository.h"
#include "storage/studentrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace care {

struct ScreeningServiceText {
    Q_DECLARE_TR_FUNCTIONS(ScreeningServiceText)
};

namespace {

const QString kEntity = QStringLiteral("screening_result");

Error missingResult(const QString &id)
{
    return Error{ScreeningServiceText::tr("No screening result has this id."), QStringLiteral("id"), id};
}

Error withField(const Error &error, const QString &field)
{
    return Error{error.message, error.field.isEmpty() ? field : error.field, error.location};
}

QString auditSummary(const ScreeningResultRow &row)
{
    return QStringLiteral("screening %1 %2 %3").arg(row.instrumentId, row.screenedOn.toString(Qt::ISODate), row.id);
}

}  // namespace

ScreeningService::ScreeningService(Database &db, const Clock &clock, const InstrumentRegistry &registry)
    : m_db(db), m_clock(clock), m_registry(registry)
{}

Result<ScreeningService::Prepared> ScreeningService::prepare(const Session &session, const ScreeningEntry &input,
                                                             Action action, bool *refused) const
{
    *refused = false;
    auto access = AccessControl(m_db, m_clock).check(session, action, Section::Screening, input.studentId);
    if (!access) {
        *refused = true;
        return access.error();
    }
    Prepared p{input, m_registry.find(input.instrumentId.trimmed()), {}, access->reason, std::nullopt};
    ScreeningEntry &e = p.entry;
    if (!p.instrument)
        return Error{ScreeningServiceText::tr("Unknown instrument “%1”.").arg(input.instrumentId.trimmed()),
                     QStringLiteral("instrumentId"),
                     {}};
    const Instrument &instrument = *p.instrument;
    e.instrumentId = instrument.id;
    if (e.respondent && *e.respondent != instrument.respondent)
        return Error{ScreeningServiceText::tr("The form %1 is answered by “%2”, not by “%3”.")
                             .arg(instrument.id, label(instrument.respondent), label(*e.respondent)),
                     QStringLiteral("respondent"),
                     {}};
    e.respondent = instrument.respondent;
    const QString dateField = QStringLiteral("screenedOn");
    if (!e.screenedOn.isValid())
        return Error{ScreeningServiceText::tr("Enter the date of the screening."), dateField, {}};
    if (e.screenedOn > m_clock.today())
        return Error{
                ScreeningServiceText::tr("The screening date (%1) is in the future.").arg(formatDate(e.screenedOn)),
                dateField,
                {}};
    auto student = StudentRepository(m_db).student(e.studentId);
    if (!student)
        return student.error();
    if (e.screenedOn < student->birthDate)
        return Error{ScreeningServiceText::tr("The screening date (%1) is before the student's birth date.")
                             .arg(formatDate(e.screenedOn)),
                     dateField,
                     {}};
    e.bandSet = e.bandSet.trimmed().isEmpty() ? instrument.defaultBandSet : e.bandSet.trimmed();
    if (auto s = validateBandSet(instrument, e.bandSet); !s)
        return withField(s.error(), QStringLiteral("bandSet"));
    if (auto s = validateAnswers(instrument, e.answers); !s)
        return withField(s.error(), QStringLiteral("answers"));
    if (std::none_of(e.answers.items.begin(), e.answers.items.end(), [](const auto &a) { return a.has_value(); }))
        return Error{ScreeningServiceText::tr("No item of the form %1 was answered.").arg(instrument.id),
                     QStringLiteral("answers"),
                     {}};
    e.ageReason = e.ageReason.trimmed();
    const int age = ageOn(student->birthDate, e.screenedOn);
    if (age < instrument.minAgeYears || age > instrument.maxAgeYears) {
        if (e.ageReason.isEmpty())
            return Error{ScreeningServiceText::tr("The student is %1 years old on %2, outside the ages %3–%4 of the "
                                                  "form %5. Give a reason to record the screening anyway.")
                                 .arg(age)
                                 .arg(formatDate(e.screenedOn))
                                 .arg(instrument.minAgeYears)
                                 .arg(instrument.maxAgeYears)
                                 .arg(instrument.id),
                         QStringLiteral("ageReason"),
                         {}};
        if (e.ageReason.size() > kMaxAgeReasonLength)
            return Error{ScreeningServiceText::tr("The reason for the age is longer than %1 characters.")
                                 .arg(kMaxAgeReasonLength),
                         QStringLiteral("ageReason"),
                         {}};
        p.ageOutside = age;
    } else {
        e.ageReason.clear();  // only a child outside the range needs one
    }
    if (!m_db.fieldCipher())
        return indicators::lockedError();
    p.scores = score(instrument, e.answers, e.bandSet);
    return p;
}

Result<QString> ScreeningService::store(WriteScope &scope, const Session &session, const Prepared &p,
                                        const std::optional<ScreeningResultRow> &existing) const
{
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return indicators::lockedError();
    const ScreeningEntry &e = p.entry;
    ScreeningResultRow row = existing ? *existing : ScreeningResultRow{};
    if (!existing) {
        row.id = scope.makeId();
        row.studentId = e.studentId;
        row.instrumentId = e.instrumentId;
        row.enteredBy = session.userId();
        row.createdAt = scope.now();
    }
    row.instrumentVersion = p.instrument->version;
    row.respondent = code(*e.respondent);
    row.screenedOn = e.screenedOn;
    row.bandSet = e.bandSet;
    const ScreeningContent content{e.answers, p.scores.scores, p.scores.bands, e.ageReason};
    row.sealedContent = cipher->sealText(screeningContentJson(content), ScreeningRepository::contentContext(row.id));
    row.sealedSummary = cipher->sealText(formatScreeningSummary({p.scores.scores, p.scores.bands}),
                                         ScreeningRepository::summaryContext(row.id));
    row.updatedAt = scope.now();
    if (existing) {
        if (auto changed = ScreeningRepository::update(scope, *existing, row); !changed)
            return changed.error();
    } else if (auto s = ScreeningRepository::insert(scope, row); !s) {
        return s.error();
    }
    QString summary = auditSummary(row);
    if (p.ageOutside)
        summary += QStringLiteral("; age %1 outside %2-%3, recorded with a reason")
                           .arg(*p.ageOutside)
                           .arg(p.instrument->minAgeYears)
                           .arg(p.instrument->maxAgeYears);
    if (auto s = scope.audit(existing ? QStringLiteral("update") : QStringLiteral("create"), kEntity, row.studentId,
                             code(Section::Screening), summary, p.accessReason);
        !s)
        return s.error();
    if (auto s = RiskService::recomputeIn(scope, row.studentId); !s)
        return s.error();
    return row.id;
}

Result<QString> ScreeningService::record(const Session &session, const ScreeningEntry &entry)
{
    bool refused = false;
    auto prepared = prepare(session, entry, Action::Create, &refused);
    if (!prepared)
        return prepared.error();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto existing = ScreeningRepository(m_db).onDate(entry.studentId, prepared->entry.instrumentId,
                                                     prepared->entry.screenedOn);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{ScreeningServiceText::tr("The student already has a result of %1 on %2. Edit that result instead.")
                             .arg(prepared->entry.instrumentId, formatDate(prepared->entry.screenedOn)),
                     QStringLiteral("screenedOn"), existing.value()->id};
    auto id = store(scope, session, prepared.value(), std::nullopt);
    if (!id)
        return id.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return id;
}

Status ScreeningService::update(const Session &session, const QString &resultId, const ScreeningEntry &entry)
{
    const AccessControl control(m_db, m_clock);
    if (auto role = control.checkRole(session, Action::Update, Section::Screening); !role)
        return role;
    ScreeningRepository repo(m_db);
    auto found = repo.find(resultId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->deletedAt.isEmpty())
        return missingResult(resultId);
    const ScreeningResultRow stored = *found.value();
    // Another school's result is refused as if it did not exist.
    if (auto reached = control.checkRecord(session, Action::Update, Section::Screening, stored.studentId,
                                           missingResult(resultId));
        !reached)
        return reached.error();
    ScreeningEntry edited = entry;
    edited.studentId = stored.studentId;  // a result never moves to another student or form
    edited.instrumentId = stored.instrumentId;
    bool refused = false;
    auto prepared = prepare(session, edited, Action::Update, &refused);
    if (!prepared)
        return prepared.error();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto other = repo.onDate(stored.studentId, stored.instrumentId, prepared->entry.screenedOn);
    if (!other)
        return other.error();
    if (other.value() && other.value()->id != stored.id)
        return Error{ScreeningServiceText::tr("The student already has a result of %1 on %2. Edit that result instead.")
                             .arg(stored.instrumentId, formatDate(prepared->entry.screenedOn)),
                     QStringLiteral("screenedOn"), other.value()->id};
    if (auto id = store(scope, session, prepared.value(), stored); !id)
        return id.error();
    return scope.commit();
}

Status ScreeningService::remove(const Session &session, const QString &resultId)
{
    const AccessControl control(m_db, m_clock);
    if (auto role = control.checkRole(session, Action::Delete, Section::Screening); !role)
        return role;
    auto found = ScreeningRepository(m_db).find(resultId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->deletedAt.isEmpty())
        return missingResult(resultId);
    const ScreeningResultRow row = *found.value();
    auto access = control.checkRecord(session, Action::Delete, Section::Screening, row.studentId,
                                      missingResult(resultId));
    if (!access)
        return access.error();
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = ScreeningRepository::softDelete(scope, row); !s)
        return s;
    return indicators::finishWrite(scope, QStringLiteral("delete"), kEntity, row.studentId, Section::Screening,
                                   auditSummary(row), access->reason);
}

}  // namespace care
