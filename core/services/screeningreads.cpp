// ScreeningService: a student's results, opened from their sealed content.
#include "services/screeningservice.h"

#include "security/accesscontrol.h"
#include "services/indicatorsupport.h"
#include "services/screeningcontent.h"
#include "storage/screeningrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

namespace care {

Result<QList<ScreeningResult>> ScreeningService::results(const Session &session, const QString &studentId) const
{
    auto access = AccessControl(m_db, m_clock).check(session, Action::View, Section::Screening, studentId);
    if (!access)
        return access.error();
    auto rows = ScreeningRepository(m_db).forStudent(studentId);
    if (!rows)
        return rows.error();
    QList<ScreeningResult> list;
    for (const ScreeningResultRow &row : rows.value()) {
        auto opened = open(row);
        if (!opened)
            return opened.error();
        list << opened.value();
    }
    if (list.isEmpty())
        return list;
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    if (auto s = scope.audit(QStringLiteral("view"), QStringLiteral("screening_result"), studentId,
                             code(Section::Screening), QStringLiteral("screening results"), access->reason);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return list;
}

Result<ScreeningResult> ScreeningService::open(const ScreeningResultRow &row) const
{
    const FieldCipherPtr cipher = m_db.fieldCipher();
    if (!cipher)
        return indicators::lockedError();
    auto plain = cipher->openText(row.sealedContent, ScreeningRepository::contentContext(row.id));
    if (!plain)
        return plain.error();
    auto content = parseScreeningContent(plain.value());
    if (!content)
        return Error{content.error().message, {}, row.id};
    ScreeningResult r;
    r.id = row.id;
    r.studentId = row.studentId;
    r.instrumentId = row.instrumentId;
    r.instrumentVersion = row.instrumentVersion;
    r.respondent = respondentFromCode(row.respondent).value_or(Respondent::Parent);
    r.screenedOn = row.screenedOn;
    r.bandSet = row.bandSet;
    r.answers = content->answers;
    r.scores.scores = content->scores;
    r.scores.bands = content->bands;
    r.scores.bandSet = row.bandSet;
    const Instrument *instrument = m_registry.find(row.instrumentId);
    const QStringList keys = instrument ? instrument->scoreKeys() : content->scores.keys();
    for (const QString &key : keys)
        if (content->scores.contains(key) && !content->scores.value(key))
            r.scores.notScored << key;
    for (qsizetype i = 0; i < r.answers.items.size(); ++i)
        if (!r.answers.items.at(i))
            r.scores.missingItems << (instrument && i < instrument->items.size() ? instrument->items.at(i).number
                                                                                 : int(i + 1));
    r.ageReason = content->ageReason;
    r.enteredBy = row.enteredBy;
    r.enteredByName = row.enteredByName;
    r.createdAt = row.createdAt;
    r.updatedAt = row.updatedAt;
    return r;
}

}  // namespace care
