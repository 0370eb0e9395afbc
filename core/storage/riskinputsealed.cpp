// The students of a gather with their sealed inputs: household circumstances
// and screening summaries. Opening them is the costly part of a full
// recompute, so only what a rule reads is opened, once per result or household.
#include "storage/riskinputrepository.h"

#include "storage/rawstatement.h"
#include "storage/riskinputbatch.h"
#include "storage/rowmapping.h"
#include "storage/screeningrepository.h"

#include <QHash>

#include <algorithm>
#include <tuple>

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

bool isCode(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '_'))
            return false;
    return true;
}

// "-" or a whole number of at most six digits, as the summary's own parser takes it.
bool isScore(QByteArrayView text)
{
    if (text == QByteArrayView("-"))
        return true;
    const QByteArrayView digits = text.startsWith('-') ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 6)
        return false;
    for (char c : digits)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// Band codes as shared strings: the same few codes in every result.
QString bandCode(QByteArrayView code)
{
    static const QStringList known{QStringLiteral("normal"), QStringLiteral("at_risk"), QStringLiteral("problem"),
                                   QStringLiteral("strength"), QStringLiteral("no_strength")};
    for (const QString &k : known)
        if (QLatin1StringView(code.data(), code.size()) == k)
            return k;
    return QString::fromLatin1(code.data(), code.size());
}

} // namespace

bool RiskInputRepository::readSummary(QByteArrayView text, const QStringList &keys, QList<ScreeningScore> &scores)
{
    if (text.isEmpty())
        return true;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype end = text.indexOf(';', from);
        if (end < 0)
            end = text.size();
        const QByteArrayView entry = text.sliced(from, end - from);
        const qsizetype equals = entry.indexOf('=');
        const qsizetype colon = equals > 0 ? entry.indexOf(':', equals + 1) : -1;
        if (colon < 0)
            return false;
        const QByteArrayView key = entry.first(equals);
        const QByteArrayView score = entry.sliced(equals + 1, colon - equals - 1);
        const QByteArrayView band = entry.sliced(colon + 1);
        if (!isCode(key) || !isScore(score) || (!isCode(band) && band != QByteArrayView("-")))
            return false;
        const bool number = score != QByteArrayView("-");
        const int value = number ? score.toInt() : 0;
        for (const QString &wanted : keys)
            if (QLatin1StringView(key.data(), key.size()) == wanted) {
                scores.append({wanted, number ? std::optional<int>(value) : std::nullopt,
                               band == QByteArrayView("-") ? QString() : bandCode(band)});
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
                const QByteArrayView stored = q.bytes(4);
                if (!stored.isEmpty()) {
                    QByteArray json = stored.toByteArray();  // a file not yet set up still holds plain JSON
                    if (stored.startsWith(QByteArrayView("s1:"))) {
                        if (!m_cipher)
                            return lockedError();
                        auto plain = m_cipher->openTextUtf8(stored, circumstancesContext(householdId));
                        if (!plain)
                            return plain.error();
                        json = plain.value();
                    }
                    Household household;
                    if (auto s = applyCircumstancesJson(household, QString::fromUtf8(json)); !s)
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
    // This school year's results in student order (the index's); the newest
    // per instrument family and respondent is kept, and only those are opened.
    RawStatement q(m_connection, "SELECT student_id, id, instrument_id, respondent, screened_on, created_at, summary "
                                 "FROM screening_result WHERE student_id BETWEEN ?1 AND ?2 AND deleted_at IS NULL "
                                 "AND screened_on BETWEEN ?3 AND ?4 ORDER BY student_id");
    q.bind(1, batch.first);
    q.bind(2, batch.last);
    q.bind(3, period.yearStart.toString(Qt::ISODate));
    q.bind(4, period.day.toString(Qt::ISODate));
    struct Pick {
        int entry = -1;
        QByteArray screenedOn;  // then createdAt: the newest wins
        QByteArray createdAt;
        ScreeningFacts facts;
        QByteArray sealed;
    };
    batch.rewind();
    qsizetype current = -1;
    QList<Pick> picks;  // of the current student
    const auto finish = [&]() -> Status {
        // A fixed order, whatever the rows' order: equal inputs, equal reasons.
        std::sort(picks.begin(), picks.end(), [](const Pick &a, const Pick &b) {
            return std::tie(a.facts.instrumentId, a.facts.respondent) < std::tie(b.facts.instrumentId, b.facts.respondent);
        });
        for (Pick &pick : picks) {
            if (!m_cipher)
                return lockedError();
            auto plain = m_cipher->openTextUtf8(pick.sealed, ScreeningRepository::summaryContext(pick.facts.resultId));
            if (!plain)
                return plain.error();
            if (!readSummary(plain.value(), needs.scores, pick.facts.scores)) {
                // Not the usual form: the summary's own parser decides.
                auto parsed = parseScreeningSummary(QString::fromUtf8(plain.value()));
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
        const QByteArrayView screenedOn = q.bytes(4);
        const QByteArrayView createdAt = q.bytes(5);
        Pick *same = nullptr;
        for (Pick &pick : picks)
            if (pick.entry == entry && pick.facts.respondent == respondent)
                same = &pick;
        if (same
            && (QByteArrayView(same->screenedOn) > screenedOn
                || (QByteArrayView(same->screenedOn) == screenedOn && QByteArrayView(same->createdAt) >= createdAt)))
            continue;
        Pick pick;
        pick.entry = entry;
        pick.screenedOn = screenedOn.toByteArray();
        pick.createdAt = createdAt.toByteArray();
        pick.facts.resultId = q.text(1);
        pick.facts.instrumentId = instrumentId;
        pick.facts.respondent = respondent;
        pick.facts.screenedOn = QDate::fromString(QLatin1String(screenedOn.data(), screenedOn.size()), Qt::ISODate);
        pick.sealed = q.bytes(6).toByteArray();
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
