// The risk inputs that are sealed: screening summaries and household
// circumstances. Opening them is the costly part of a full recompute, so
// only what a rule reads is opened, once per result or household.
#include "storage/riskinputrepository.h"

#include "storage/rowmapping.h"
#include "storage/screeningrepository.h"
#include "storage/sqlerror.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace care {
namespace {

QString likeFamily(const QString &family)
{
    QString escaped = family;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped + QStringLiteral("-%");
}

// The first listed instrument (id or family) that covers this id, or -1.
int entryOf(const QStringList &instruments, const QString &instrumentId)
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

struct Latest {
    qsizetype student = 0;
    QString order;  // screened_on + created_at: the newest wins
    ScreeningFacts facts;
    QString sealedSummary;
};

}  // namespace

Status RiskInputRepository::readScreenings(QList<RiskInputs> &batch, const QString &firstId, const QString &lastId,
                                           const RiskPeriod &period, const QStringList &instruments) const
{
    if (!period.yearStart.isValid())
        return {};
    QStringList match;
    QVariantList values{firstId, lastId, dateValue(period.yearStart), dateValue(period.day)};
    for (const QString &entry : instruments) {
        match << QStringLiteral("r.instrument_id = ? OR r.instrument_id LIKE ? ESCAPE '\\'");
        values << entry << likeFamily(entry);
    }
    // The newest result per instrument version and respondent; SQLite takes
    // the bare columns from the row of max().
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.student_id, r.id, r.instrument_id, r.respondent, r.screened_on, r.summary, "
                             "max(r.screened_on || ' ' || r.created_at) FROM screening_result r "
                             "WHERE r.student_id BETWEEN ? AND ? AND r.deleted_at IS NULL "
                             "AND r.screened_on BETWEEN ? AND ? AND (%1) "
                             "GROUP BY r.student_id, r.instrument_id, r.respondent")
                      .arg(match.join(QStringLiteral(" OR "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("read screening results for risk")); !s)
        return s;
    QHash<QString, qsizetype> index;
    index.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        index.insert(batch.at(i).studentId, i);
    // Two versions of one family (the 2–4 and the 4–17 form) count as one:
    // the newer result stands for the family and respondent.
    QHash<QString, Latest> latest;
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        const QString instrumentId = q.value(2).toString();
        const int entry = entryOf(instruments, instrumentId);
        if (at == index.cend() || entry < 0)
            continue;
        const QString respondent = q.value(3).toString();
        const QString key
                = q.value(0).toString() + QLatin1Char('|') + QString::number(entry) + QLatin1Char('|') + respondent;
        const QString order = q.value(6).toString();
        auto found = latest.find(key);
        if (found != latest.end() && found->order >= order)
            continue;
        Latest item;
        item.student = *at;
        item.order = order;
        item.facts.resultId = q.value(1).toString();
        item.facts.instrumentId = instrumentId;
        item.facts.respondent = respondent;
        item.facts.screenedOn = dateFrom(q.value(4));
        item.sealedSummary = q.value(5).toString();
        latest.insert(key, item);
    }
    if (!latest.isEmpty() && !m_cipher)
        return lockedError();
    for (Latest &item : latest) {
        auto plain = m_cipher->openText(item.sealedSummary, ScreeningRepository::summaryContext(item.facts.resultId));
        if (!plain)
            return plain.error();
        auto summary = parseScreeningSummary(plain.value());
        if (!summary)
            return summary.error();
        for (auto it = summary->scores.cbegin(); it != summary->scores.cend(); ++it)
            if (it.value())
                item.facts.scores.insert(it.key(), *it.value());
        for (auto it = summary->bands.cbegin(); it != summary->bands.cend(); ++it)
            if (it.value())
                item.facts.bands.insert(it.key(), *it.value());
        batch[item.student].screenings << item.facts;
    }
    // Hash order is arbitrary: keep the facts in a fixed order, so equal
    // inputs give equal reasons.
    for (RiskInputs &inputs : batch)
        std::sort(inputs.screenings.begin(), inputs.screenings.end(),
                  [](const ScreeningFacts &a, const ScreeningFacts &b) {
                      return std::tie(a.instrumentId, a.respondent, a.screenedOn)
                              < std::tie(b.instrumentId, b.respondent, b.screenedOn);
                  });
    return {};
}

Status RiskInputRepository::readHouseholds(QList<RiskInputs> &batch, const QString &firstId,
                                           const QString &lastId) const
{
    QSqlQuery q(m_connection);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, h.id, h.member_count, h.circumstances FROM student s "
                             "JOIN household h ON h.id = s.household_id WHERE s.id BETWEEN ? AND ?"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (auto s = execStatement(q, QStringLiteral("read households for risk")); !s)
        return s;
    QHash<QString, qsizetype> index;
    index.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i)
        index.insert(batch.at(i).studentId, i);
    QHash<QString, std::optional<HouseholdFacts>> opened;  // siblings share a household
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        const QString householdId = q.value(1).toString();
        auto known = opened.constFind(householdId);
        if (known == opened.cend()) {
            const QString stored = q.value(3).toString();
            std::optional<HouseholdFacts> facts;
            if (!stored.isEmpty()) {
                QString json = stored;
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
                facts = HouseholdFacts{household.monthlyIncomeBaht, q.value(2).toInt(),
                                       code(household.livingArrangement)};
            }
            known = opened.insert(householdId, facts);
        }
        batch[*at].household = *known;
    }
    return {};
}

}  // namespace care
