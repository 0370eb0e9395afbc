#include "demo/demoscreening.h"

#include "demo/demorandom.h"
#include "locale/dates.h"
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"
#include "services/screeningcontent.h"
#include "storage/bulkinsert.h"
#include "storage/rowmapping.h"
#include "storage/screeningrepository.h"
#include "storage/tablerow.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QHash>

namespace care::demo {
namespace {

constexpr int kFirstScreeningDay = 21;  // days after term 1 begins: classes have settled
constexpr int kScreeningWindow = 30;    // days over which the classes spread
constexpr double kRescreenShare = 0.6;  // of last year's flagged children, screened again in January
constexpr std::uint64_t kDayStream = 0x5d9;

// FNV-1a: a hash that is the same in every process (qHash is seeded per process).
std::uint64_t stableHash(const QString &text)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

QDate weekdayFrom(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

// When a form was keyed in: the afternoon of the day it was filled in
// (15:30 in Thailand). Few days, many forms: each is formatted once.
QString enteredAt(const QDate &day)
{
    thread_local QHash<QDate, QString> known;
    auto it = known.find(day);
    if (it == known.end())
        it = known.insert(day, toStoredTimestamp(QDateTime(day, QTime(8, 30), Qt::UTC)));
    return it.value();
}

bool flagged(const QString &band)
{
    return band == QLatin1String("at_risk") || band == QLatin1String("problem");
}

} // namespace

ScreeningMaker::ScreeningMaker(const IndicatorSetup &setup) : m_setup(setup), m_answers(setup.random)
{
    const InstrumentRegistry &registry = InstrumentRegistry::shipped();
    m_teacher = registry.find(QStringLiteral("sdq-teacher-4-17"));
    m_teacherYoung = registry.find(QStringLiteral("sdq-teacher-2-4"));
    m_self = registry.find(QStringLiteral("sdq-self-11-17"));
}

QDate ScreeningMaker::screeningDay(int year, const QString &classroomId) const
{
    const std::uint64_t h = mixSeed(m_setup.seed ^ stableHash(classroomId), kDayStream);
    const QDate first = m_setup.calendar.years[year].terms[0].startsOn.addDays(kFirstScreeningDay);
    return weekdayFrom(first.addDays(qint64(h % kScreeningWindow)));
}

const Instrument *ScreeningMaker::teacherForm(int age) const
{
    const auto fits = [age](const Instrument *form) {
        return form && age >= form->minAgeYears && age <= form->maxAgeYears;
    };
    if (fits(m_teacherYoung) && (age < 4 || !fits(m_teacher)))  // at 4 both fit: the 4–17 form
        return m_teacherYoung;
    return fits(m_teacher) ? m_teacher : nullptr;
}

QString ScreeningMaker::add(QList<BulkRow> &rows, const QString &studentId, const Form &form,
                            const ScreeningAnswers &answers)
{
    const Instrument &instrument = *form.instrument;
    const ScreeningScores scores = score(instrument, answers, instrument.defaultBandSet);
    const QString id = m_setup.ids.next();
    const FieldCipher &cipher = *m_setup.cipher;
    const ScreeningContent content{answers, scores.scores, scores.bands, {}};
    const QString stamp = enteredAt(form.on);
    // The columns ScreeningRepository::insert writes, in its order.
    TableRow row{QStringLiteral("screening_result"), id, {}};
    row.set(QStringLiteral("instrument_version"), instrument.version)
        .set(QStringLiteral("respondent"), code(instrument.respondent))
        .set(QStringLiteral("screened_on"), dateValue(form.on))
        .set(QStringLiteral("band_set"), scores.bandSet)
        .set(QStringLiteral("content"),
             cipher.sealText(screeningContentJson(content), ScreeningRepository::contentContext(id)))
        .set(QStringLiteral("summary"), cipher.sealText(formatScreeningSummary({scores.scores, scores.bands}),
                                                        ScreeningRepository::summaryContext(id)))
        .set(QStringLiteral("student_id"), studentId)
        .set(QStringLiteral("instrument_id"), instrument.id)
        .set(QStringLiteral("entered_by"), form.enteredBy)
        .set(QStringLiteral("created_at"), stamp)
        .set(QStringLiteral("updated_at"), stamp)
        .set(QStringLiteral("deleted_at"), QVariant(QMetaType(QMetaType::QString)));
    rows << BulkInsert::prepare(row);
    ++m_count;
    return scores.bands.value(QStringLiteral("total_difficulties")).value_or(QString());
}

ScreeningSignals ScreeningMaker::write(QList<BulkRow> &rows, const IndicatorStudent &student)
{
    DemoRandom &random = m_setup.random;
    ScreeningSignals found;
    found.traits = m_answers.traits();
    for (int year = 0; year < 2; ++year) {
        const Placement &at = student.plan->placed[year];
        if (!at.isSet() || !student.term(year, 0))
            continue;  // not at school in term 1 of that year
        const QString classroomId = m_setup.structure.classroomId(year, at);
        Form form{nullptr, screeningDay(year, classroomId), m_setup.staff.enteredBy(at.school, classroomId)};
        const int age = ageOn(student.birth, form.on);
        const double shift = kWeaknessShift * student.weakness(year);
        // Teacher and child see the same child, each with their own eyes.
        const double teacherView = 0.8 * found.traits.level + 0.6 * random.normal() + shift;
        const double selfView = 0.8 * found.traits.level + 0.6 * random.normal() + shift;
        form.instrument = teacherForm(age);
        if (form.instrument) {
            found.difficulty[year] = teacherView;
            const QString band = add(rows, student.id, form, m_answers.answers(*form.instrument, found.traits,
                                                                               teacherView));
            // January follow-up of last year's flagged children, while still enrolled.
            if (year == 0 && flagged(band) && student.term(0, 1) && random.chance(kRescreenShare)) {
                Form again = form;
                again.on = weekdayFrom(m_setup.calendar.years[0].terms[1].startsOn.addDays(70 + random.below(20)));
                again.instrument = teacherForm(ageOn(student.birth, again.on));  // 18 by now: no form
                const double better = teacherView - 0.45 + 0.35 * random.normal();
                if (again.instrument)
                    add(rows, student.id, again, m_answers.answers(*again.instrument, found.traits, better));
            }
        }
        if (m_self && age >= m_self->minAgeYears && age <= m_self->maxAgeYears) {
            form.instrument = m_self;
            add(rows, student.id, form, m_answers.answers(*m_self, found.traits, selfView));
        }
    }
    return found;
}

} // namespace care::demo
