// The students of a gather with their sealed inputs: household circumstances
// and screening summaries. Opening them is the costly part of a full
// recompute, so only what a rule reads is opened, once per result or household.
#include "storage/riskinputrepository.h"

#include "storage/rawstatement.h"
#include "storage/riskinputbatch.h"
#include "storage/rowmapping.h"
#include "storage/screeningrepository.h"

#include <QHash>

namespace care {
namespace {

// The first listed instrument (id or family) that covers this id, or -1.
int entryOf(const QStringList &instruments, QStringView instrumentId)
{
    for (int i = 0; i < instruments.size(); ++i) {
        const QString &entry = instruments.at(i);
        if (instrumentId == entry
            || (instrumentId.size() > entry.size() && instrumentId.startsWith(entry)
                && instrumentId.at(entry.size()) == QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool isCode(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_')))
            return false;
    return true;
}

} // namespace

bool RiskInputRepository::readSummary(QStringView text, const QStringList &keys, QList<ScreeningScore> &scores)
{
    if (text.isEmpty())
        return true;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char(';'), from);
        if (end < 0)
            end = text.size();
        const QStringView entry = text.mid(from, end - from);
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        const qsizetype colon = entry.indexOf(QLatin1Char(':'), equals + 1);
        if (equals <= 0 || colon < 0)
            return false;
        const QStringView key = entry.left(equals);
        const QStringView score = entry.mid(equals + 1, colon - equals - 1);
        const QStringView band = entry.mid(colon + 1);
        bool number = false;
        const int value = score.toInt(&number);
        if (!isCode(key) || (!number && score != QLatin1String("-")) || score.size() > 7
            || (!isCode(band) && band != QLatin1String("-")))
            return false;
        for (const QString &wanted : keys)
            if (wanted == key) {
                scores.append({wanted, number ? std::optional<int>(value) : std::nullopt,
                               band == QLatin1String("-") ? QString() : band.toString()});
                break;
            }
        from = end + 1;
    }
    return true;
}

Status RiskInputRepository::readStudents(Batch &batch, const QString &schoolId, const RiskInputNeeds &needs) const
{
    RawStatement q(m_connection, schoolId.isEmpty()
                                     ? "SELECT s.id, s.school_id, h.id, h.member_count, h.circumstances FROM student s "
                                       "LEFT JOIN household h ON h.id = s.household_id "
                                       "WHERE s.id BETWEEN ?1 AND ?2 AND s.anonymised_at IS NULL ORDER BY s.id"
                                     : "SELECT s.id, s.school_id, h.id, h.member_count, h.circumstances FROM student s "
                                       "LEFT JOIN household h ON h.id = s.household_id WHERE s.id BETWEEN ?1 AND ?2 "
                                       "AND s.anonymised_at IS NULL AND s.school_id = ?3 ORDER BY s.id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    if (!schoolId.isEmpty())
        q.bind(3, schoolId);
    QHash<QString, std::optional<HouseholdFacts>> opened;  // siblings share a household
    while (q.next()) {
        RiskInputs inputs;
        inputs.studentId = q.text(0);
        inputs.schoolId = batch.intern(q.bytes(1));
        if (needs.household && !q.isNull(2)) {
            const QString householdId = q.text(2);
            auto known = opened.constFind(householdId);
            if (known == opened.cend()) {
                std::optional<HouseholdFacts> facts;
                const QString stored = q.text(4);
                if (!stored.isEmpty()) {
                    QString json = stored;  // a file not yet set up still holds plain JSON
                    if (FieldCipher::isSealedText(stored)) {
                        if (!m_cipher)
                            return lockedError();
                        auto plain = m_cipher->openText(stored, circumstancesContext(householdId));
                        if (!plain)
                            return plain.error();
                        json = plain.value();
                    }
                    Household household;
                    if (auto s = applyCircumstancesJson(household, json); !s)
                        return s;
                    facts = HouseholdFacts{household.monthlyIncomeBaht, int(q.integer(3)),
                                           batch.intern(QStringView(code(household.livingArrangement)))};
                }
                known = opened.insert(householdId, facts);
            }
            inputs.household = *known;
        }
        batch.keys << q.bytes(0).toByteArray();
        batch.students << inputs;
    }
    return q.status();
}

Status RiskInputRepository::readScreenings(Batch &batch, const RiskPeriod &period, const RiskInputNeeds &needs) const
{
    if (!period.yearStart.isValid())
        return {};
    // The newest result per student, instrument version and respondent this
    // school year; only those some rule reads are opened.
    RawStatement q(m_connection, "SELECT r.student_id, r.id, r.instrument_id, r.respondent, r.screened_on, r.summary, "
                                 "max(r.screened_on || ' ' || r.created_at) FROM screening_result r "
                                 "WHERE r.student_id BETWEEN ?1 AND ?2 AND r.deleted_at IS NULL "
                                 "AND r.screened_on BETWEEN ?3 AND ?4 "
                                 "GROUP BY r.student_id, r.instrument_id, r.respondent ORDER BY r.student_id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    q.bind(3, period.yearStart.toString(Qt::ISODate));
    q.bind(4, period.day.toString(Qt::ISODate));
    struct Pick {
        int entry = -1;
        QByteArray order;  // screened_on + created_at: the newest wins
        ScreeningFacts facts;
        QString sealed;
    };
    batch.rewind();
    qsizetype current = -1;
    QList<Pick> picks;  // of the current student
    const auto finish = [&]() -> Status {
        for (Pick &pick : picks) {
            if (!m_cipher)
                return lockedError();
            auto plain = m_cipher->openText(pick.sealed, ScreeningRepository::summaryContext(pick.facts.resultId));
            if (!plain)
                return plain.error();
            if (!readSummary(plain.value(), needs.scores, pick.facts.scores)) {
                // Not the usual form: the summary's own parser decides.
                auto parsed = parseScreeningSummary(plain.value());
                if (!parsed)
                    return parsed.error();
                pick.facts.scores.clear();
                for (const QString &key : needs.scores)
                    if (parsed->scores.contains(key) || parsed->bands.contains(key))
                        pick.facts.set(key, parsed->scores.value(key), parsed->bands.value(key).value_or(QString()));
            }
            batch.students[current].screenings << pick.facts;
        }
        picks.clear();
        return {};
    };
    while (q.next()) {
        const qsizetype at = batch.find(q.bytes(0));
        const QString instrumentId = batch.intern(q.bytes(2));
        const int entry = entryOf(needs.instruments, instrumentId);
        if (at < 0 || entry < 0)
            continue;
        if (at != current) {
            if (auto s = finish(); !s)
                return s;
            current = at;
        }
        // Two versions of one family (the 2–4 and the 4–17 form) count as
        // one: the newer result stands for the family and respondent.
        const QString respondent = batch.intern(q.bytes(3));
        const QByteArray order = q.bytes(6).toByteArray();
        Pick *same = nullptr;
        for (Pick &pick : picks)
            if (pick.entry == entry && pick.facts.respondent == respondent)
                same = &pick;
        if (same && same->order >= order)
            continue;
        Pick pick;
        pick.entry = entry;
        pick.order = order;
        pick.facts.resultId = q.text(1);
        pick.facts.instrumentId = instrumentId;
        pick.facts.respondent = respondent;
        pick.facts.screenedOn = QDate::fromString(q.text(4), Qt::ISODate);
        pick.sealed = q.text(5);
        if (same)
            *same = pick;
        else
            picks << pick;
    }
    if (auto s = finish(); !s)
        return s;
    return q.status();
}

} // namespace care
