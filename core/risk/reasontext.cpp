#include "risk/reasontext.h"

#include "domain/enums.h"
#include "domain/indicators.h"
#include "locale/dates.h"
#include "risk/risklevel.h"
#include "screening/instrumentregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace care {

struct RiskReasonText {
    Q_DECLARE_TR_FUNCTIONS(RiskReasonText)
};

namespace {

// A figure rounded to `decimals` places and shown without trailing zeros.
QString figure(double value, int decimals, Language language)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    return localeFor(language).toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString percent(double share, Language language)
{
    return figure(share * 100.0, 1, language);
}

QString whole(qint64 value, Language language)
{
    return localeFor(language).toString(value);
}

QString termOf(const QJsonObject &args, Language language)
{
    return termText(args.value(QStringLiteral("term")).toInt(), args.value(QStringLiteral("year_be")).toInt(),
                    language);
}

QString scoreTitle(const Instrument *instrument, const QString &score, Language language)
{
    if (instrument) {
        for (const Subscale &s : instrument->subscales)
            if (s.key == score && !s.title.in(language).isEmpty())
                return s.title.in(language);
        for (const DerivedScore &d : instrument->derivedScores)
            if (d.key == score && !d.title.in(language).isEmpty())
                return d.title.in(language);
        if (instrument->impact && instrument->impact->key == score && !instrument->impact->title.in(language).isEmpty())
            return instrument->impact->title.in(language);
    }
    const auto domain = fromCode<RiskDomain>(score);
    return domain ? label(*domain) : score;
}

QString bandText(const QString &band)
{
    const auto level = fromCode<RiskLevel>(band);
    return level ? label(*level) : band;
}

QString screeningText(const QJsonObject &args, Language language)
{
    const QString instrumentId = args.value(QStringLiteral("instrument")).toString();
    const Instrument *instrument = InstrumentRegistry::shipped().find(instrumentId);
    const QString title
            = instrument ? (language == Language::Thai ? instrument->titleTh : instrument->titleEn) : instrumentId;
    const auto respondent = respondentFromCode(args.value(QStringLiteral("respondent")).toString());
    const QString who = respondent ? label(*respondent) : args.value(QStringLiteral("respondent")).toString();
    const QString date
            = formatDate(QDate::fromString(args.value(QStringLiteral("screened_on")).toString(), Qt::ISODate),
                         DateStyle::Short, language);
    const QString score = scoreTitle(instrument, args.value(QStringLiteral("score")).toString(), language);
    const QString band = bandText(args.value(QStringLiteral("band")).toString());
    if (args.contains(QStringLiteral("value")))
        return RiskReasonText::tr("%1 (%2, %3): %4 %5, band “%6”")
                .arg(title.isEmpty() ? instrumentId : title, who, date, score,
                     whole(args.value(QStringLiteral("value")).toInt(), language), band);
    return RiskReasonText::tr("%1 (%2, %3): %4, band “%5”")
            .arg(title.isEmpty() ? instrumentId : title, who, date, score, band);
}

QString kindsText(const QJsonArray &kinds)
{
    QStringList labels;
    for (const QJsonValue &kind : kinds) {
        const auto known = fromCode<BehaviourKind>(kind.toString());
        labels << (known ? label(*known) : kind.toString());
    }
    return labels.join(QStringLiteral(", "));
}

QString domainsText(const QJsonArray &domains)
{
    QStringList labels;
    for (const QJsonValue &d : domains) {
        const auto domain = fromCode<RiskDomain>(d.toString());
        labels << (domain ? label(*domain) : d.toString());
    }
    return labels.join(QStringLiteral(", "));
}

}  // namespace

QString termText(int number, int yearBe, Language language)
{
    const int year = language == Language::Thai ? yearBe : toGregorianYear(yearBe);
    return RiskReasonText::tr("term %1/%2").arg(number).arg(year);
}

QString reasonText(const RiskReason &reason)
{
    return reasonText(reason, currentLanguage());
}

QString reasonText(const RiskReason &reason, Language language)
{
    const QJsonObject &a = reason.args;
    const double threshold = a.value(QStringLiteral("threshold")).toDouble();
    const int count = a.value(QStringLiteral("count")).toInt();
    const QString &e = reason.evidence;
    if (e == QLatin1String("absence_rate")) {
        const int absent = a.value(QStringLiteral("absent")).toInt();
        const int enrolled = a.value(QStringLiteral("enrolled")).toInt();
        return RiskReasonText::tr("absent %1 of %2 days in %3, %4% ≥ %5%")
                .arg(whole(absent, language), whole(enrolled, language), termOf(a, language),
                     percent(enrolled > 0 ? double(absent) / enrolled : 0.0, language), percent(threshold, language));
    }
    if (e == QLatin1String("non_passing_marks")) {
        QStringList marks;
        for (const QJsonValue &m : a.value(QStringLiteral("marks")).toArray())
            marks << m.toString();
        return RiskReasonText::tr("%n failing mark(s) (%1) in %2, %n ≥ %3", nullptr, count)
                .arg(marks.join(QStringLiteral(", ")), termOf(a, language), figure(threshold, 0, language));
    }
    if (e == QLatin1String("gpa"))
        return RiskReasonText::tr("GPA %1 in %2 < %3")
                .arg(localeFor(language).toString(a.value(QStringLiteral("gpa")).toDouble(), 'f', 2),
                     termOf(a, language), figure(threshold, 2, language));
    if (e == QLatin1String("minor_incidents"))
        return RiskReasonText::tr("%n minor behaviour incident(s) in %1, %n ≥ %2", nullptr, count)
                .arg(termOf(a, language), figure(threshold, 0, language));
    if (e == QLatin1String("serious_incidents"))
        return RiskReasonText::tr("%n serious behaviour incident(s) in %1: %2", nullptr, count)
                .arg(termOf(a, language), kindsText(a.value(QStringLiteral("kinds")).toArray()));
    if (e == QLatin1String("income_per_person")) {
        const int income = a.value(QStringLiteral("income")).toInt();
        const int members = a.value(QStringLiteral("members")).toInt();
        return RiskReasonText::tr("household income %1 baht a month for %2 people: %3 baht each ≤ %4")
                .arg(whole(income, language), whole(members, language),
                     whole(members > 0 ? qint64(std::llround(double(income) / members)) : 0, language),
                     figure(threshold, 0, language));
    }
    if (e == QLatin1String("living_arrangement")) {
        const auto arrangement = fromCode<LivingArrangement>(a.value(QStringLiteral("arrangement")).toString());
        return arrangement ? label(*arrangement) : a.value(QStringLiteral("arrangement")).toString();
    }
    if (e == QLatin1String("screening_band"))
        return screeningText(a, language);
    if (e == QLatin1String("domains")) {
        const QJsonArray domains = a.value(QStringLiteral("domains")).toArray();
        const bool problem = a.value(QStringLiteral("at_least")).toString() == QLatin1String("problem");
        return problem ? RiskReasonText::tr("%n domain(s) with a problem: %1", nullptr, int(domains.size()))
                                 .arg(domainsText(domains))
                       : RiskReasonText::tr("%n domain(s) at risk or worse: %1", nullptr, int(domains.size()))
                                 .arg(domainsText(domains));
    }
    return RiskReasonText::tr("rule %1: %2")
            .arg(reason.rule, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
}

}  // namespace care
