#include "riskprinter.h"

#include "texttable.h"

#include "locale/dates.h"
#include "locale/language.h"
#include "util/clock.h"

#include <QJsonDocument>

namespace care::cli {
namespace {

QString sinceText(const QString &stored)
{
    const QDateTime at = fromStoredTimestamp(stored);
    return at.isValid() ? formatDate(at.toLocalTime().date()) : QString();
}

QString isoOf(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonArray countsJson(const LevelShift &shift)
{
    QJsonArray rows;
    for (const auto &row : shift.counts)
        rows.append(QJsonArray{row[0].json(), row[1].json(), row[2].json()});
    return rows;
}

QJsonObject shiftJson(const LevelShift &shift)
{
    return QJsonObject{{QStringLiteral("schoolCode"), shift.schoolCode},
                       {QStringLiteral("schoolName"), shift.schoolName},
                       {QStringLiteral("students"), shift.students.json()},
                       {QStringLiteral("moved"), shift.moved.json()},
                       {QStringLiteral("counts"), countsJson(shift)}};
}

// "normal → at risk 3, at risk → problem 1": the moves only.
QString movesText(const LevelShift &shift)
{
    const QList<RiskLevel> levels = allValues<RiskLevel>();
    QStringList moves;
    for (RiskLevel from : levels)
        for (RiskLevel to : levels)
            if (from != to && !shift.counts[rank(from)][rank(to)].isZero())
                moves << RiskPrinter::tr("%1 → %2: %3")
                                 .arg(label(from), label(to), shift.counts[rank(from)][rank(to)].text());
    return moves.isEmpty() ? RiskPrinter::tr("no change") : moves.join(QStringLiteral("; "));
}

}  // namespace

QString RiskPrinter::listTable(const QList<RiskListRow> &rows, bool withBefore)
{
    TextTable table;
    QStringList header{tr("Record id"), tr("Student number"), tr("Name"), tr("School"), tr("Level"), tr("Since")};
    if (withBefore)
        header << tr("Before");
    table.setHeader(header);
    for (const RiskListRow &row : rows) {
        QStringList cells{row.studentId,  row.studentNumber,  row.displayName,
                          row.schoolCode, label(row.overall), sinceText(row.since)};
        if (withBefore)
            cells << label(row.before);
        table.addRow(cells);
    }
    return table.render();
}

QJsonArray RiskPrinter::listJson(const QList<RiskListRow> &rows)
{
    QJsonArray array;
    for (const RiskListRow &row : rows)
        array.append(QJsonObject{{QStringLiteral("studentId"), row.studentId},
                                 {QStringLiteral("studentNumber"), row.studentNumber},
                                 {QStringLiteral("name"), row.displayName},
                                 {QStringLiteral("schoolCode"), row.schoolCode},
                                 {QStringLiteral("level"), code(row.overall)},
                                 {QStringLiteral("since"), row.since},
                                 {QStringLiteral("before"), code(row.before)}});
    return array;
}

QString RiskPrinter::explanation(const RiskExplanation &e)
{
    QString text = tr("Overall: %1").arg(label(e.overall));
    if (e.assessed)
        text += QLatin1Char(' ')
                + tr("(since %1; rules %2)").arg(formatDate(e.since.toLocalTime().date()), e.ruleSetVersion);
    else
        text += QLatin1Char(' ') + tr("(nothing has ever flagged this student)");
    text += QLatin1Char('\n');
    for (const QString &reason : e.overallReasons)
        text += QStringLiteral("  – ") + reason + QLatin1Char('\n');
    for (const DomainExplanation &d : e.domains) {
        text += tr("%1: %2").arg(label(d.domain), label(d.level)) + QLatin1Char('\n');
        for (const QString &reason : d.reasons)
            text += QStringLiteral("  – ") + reason + QLatin1Char('\n');
    }
    return text;
}

QJsonObject RiskPrinter::explanationJson(const RiskExplanation &e)
{
    QJsonArray domains;
    for (const DomainExplanation &d : e.domains) {
        QJsonArray reasons;
        for (qsizetype i = 0; i < d.reasons.size(); ++i)
            reasons.append(
                    QJsonObject{{QStringLiteral("rule"), d.rules.value(i)}, {QStringLiteral("text"), d.reasons.at(i)}});
        domains.append(QJsonObject{{QStringLiteral("domain"), code(d.domain)},
                                   {QStringLiteral("level"), code(d.level)},
                                   {QStringLiteral("reasons"), reasons}});
    }
    return QJsonObject{{QStringLiteral("studentId"), e.studentId},
                       {QStringLiteral("assessed"), e.assessed},
                       {QStringLiteral("overall"), code(e.overall)},
                       {QStringLiteral("overallReasons"), QJsonArray::fromStringList(e.overallReasons)},
                       {QStringLiteral("since"), isoOf(e.since)},
                       {QStringLiteral("assessedAt"), isoOf(e.assessedAt)},
                       {QStringLiteral("ruleSetVersion"), e.ruleSetVersion},
                       {QStringLiteral("domains"), domains}};
}

QString RiskPrinter::whatIf(const WhatIfResult &result)
{
    QString text = tr("Rules in force: %1; candidate: %2").arg(result.currentVersion, result.candidateVersion)
            + QLatin1Char('\n');
    TextTable table;
    table.setHeader({tr("School"), tr("Name"), tr("Students"), tr("Would move"), tr("Moves")});
    for (const LevelShift &shift : result.schools)
        table.addRow({shift.schoolCode, shift.schoolName, shift.students.text(), shift.moved.text(), movesText(shift)});
    table.addRow({tr("All"), QString(), result.total.students.text(), result.total.moved.text(),
                  movesText(result.total)});
    return text + table.render() + tr("Nothing was changed.") + QLatin1Char('\n');
}

QJsonObject RiskPrinter::whatIfJson(const WhatIfResult &result)
{
    QJsonArray schools;
    for (const LevelShift &shift : result.schools)
        schools.append(shiftJson(shift));
    return QJsonObject{{QStringLiteral("current"), result.currentVersion},
                       {QStringLiteral("candidate"), result.candidateVersion},
                       {QStringLiteral("levels"),
                        QJsonArray{QStringLiteral("normal"), QStringLiteral("at_risk"), QStringLiteral("problem")}},
                       {QStringLiteral("schools"), schools},
                       {QStringLiteral("total"), shiftJson(result.total)}};
}

QString RiskPrinter::rules(const ActiveRules &active)
{
    QString text = tr("Risk rules in force: %1 (%2)").arg(active.rules.title(), active.rules.versionTag())
            + QLatin1Char('\n');
    text += active.shipped ? tr("These are Care's shipped defaults; no other rules were activated.")
                           : tr("Activated on %1.").arg(formatDateTime(active.activatedAt));
    text += QLatin1Char('\n');
    for (RiskDomain domain : allValues<RiskDomain>()) {
        QStringList ids;
        for (const RiskRule *rule : active.rules.rulesOf(domain))
            ids << rule->id;
        text += QStringLiteral("  %1: %2\n")
                        .arg(label(domain), ids.isEmpty() ? tr("no rules") : ids.join(QStringLiteral(", ")));
    }
    return text + tr("The full rules: care-cli risk rules show --json.") + QLatin1Char('\n');
}

QJsonObject RiskPrinter::summaryJson(const RecomputeSummary &summary)
{
    return QJsonObject{{QStringLiteral("students"), summary.students},
                       {QStringLiteral("changed"), summary.changed},
                       {QStringLiteral("cancelled"), summary.cancelled},
                       {QStringLiteral("rules"), summary.ruleSetVersion}};
}

}  // namespace care::cli
