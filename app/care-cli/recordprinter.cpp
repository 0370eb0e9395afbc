#include "recordprinter.h"

#include "texttable.h"

#include "locale/dates.h"
#include "locale/language.h"

#include <QJsonObject>

namespace care::cli {
namespace {

QJsonValue optionalNumber(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray answerArray(const QList<std::optional<int>> &answers)
{
    QJsonArray array;
    for (const std::optional<int> &answer : answers)
        array.append(optionalNumber(answer));
    return array;
}

QString termText(int number, int yearBe)
{
    return QStringLiteral("%1/%2").arg(number).arg(yearBe);
}

QString decimal(double value, int decimals)
{
    return localeFor(currentLanguage()).toString(value, 'f', decimals);
}

}  // namespace

QJsonArray RecordPrinter::screeningJson(const QList<ScreeningResult> &results)
{
    QJsonArray array;
    for (const ScreeningResult &r : results) {
        QJsonObject scores;
        QJsonObject bands;
        for (auto it = r.scores.scores.begin(); it != r.scores.scores.end(); ++it)
            scores.insert(it.key(), optionalNumber(it.value()));
        for (auto it = r.scores.bands.begin(); it != r.scores.bands.end(); ++it)
            bands.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
        QJsonValue impact(QJsonValue::Null);
        if (r.answers.impact)
            impact = QJsonObject{{QStringLiteral("difficulties"), optionalNumber(r.answers.impact->difficulties)},
                                 {QStringLiteral("items"), answerArray(r.answers.impact->items)}};
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("instrument"), r.instrumentId},
                                 {QStringLiteral("instrumentVersion"), r.instrumentVersion},
                                 {QStringLiteral("respondent"), code(r.respondent)},
                                 {QStringLiteral("date"), r.screenedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("bandSet"), r.bandSet},
                                 {QStringLiteral("answers"), answerArray(r.answers.items)},
                                 {QStringLiteral("impact"), impact},
                                 {QStringLiteral("scores"), scores},
                                 {QStringLiteral("bands"), bands},
                                 {QStringLiteral("ageReason"), r.ageReason},
                                 {QStringLiteral("enteredBy"), r.enteredBy},
                                 {QStringLiteral("enteredByName"), r.enteredByName}});
    }
    return array;
}

QString RecordPrinter::screeningText(const QList<ScreeningResult> &results)
{
    if (results.isEmpty())
        return tr("No screening results.") + QLatin1Char('\n');
    TextTable table;
    table.setHeader({tr("Date"), tr("Form"), tr("Respondent"), tr("Band set"), tr("Scores")});
    for (const ScreeningResult &r : results) {
        QStringList scores;
        for (auto it = r.scores.scores.begin(); it != r.scores.scores.end(); ++it) {
            const std::optional<QString> band = r.scores.bands.value(it.key());
            scores << QStringLiteral("%1 %2%3").arg(it.key(),
                                                    it.value() ? QString::number(*it.value()) : QStringLiteral("-"),
                                                    band ? QStringLiteral(" (%1)").arg(*band) : QString());
        }
        table.addRow({formatDate(r.screenedOn), r.instrumentId, label(r.respondent), r.bandSet,
                      scores.join(QStringLiteral(", "))});
    }
    return table.render();
}

QJsonArray RecordPrinter::attendanceJson(const QList<TermAttendance> &terms)
{
    QJsonArray array;
    for (const TermAttendance &t : terms)
        array.append(QJsonObject{{QStringLiteral("term"), termText(t.termNumber, t.yearBe)},
                                 {QStringLiteral("termId"), t.record.termId},
                                 {QStringLiteral("daysEnrolled"), t.record.daysEnrolled},
                                 {QStringLiteral("daysAbsent"), t.record.daysAbsent},
                                 {QStringLiteral("daysLate"), t.record.daysLate},
                                 {QStringLiteral("dailyRows"), t.dailyRows}});
    return array;
}

QString RecordPrinter::attendanceText(const QList<TermAttendance> &terms)
{
    if (terms.isEmpty())
        return tr("No attendance recorded.") + QLatin1Char('\n');
    TextTable table;
    table.setHeader({tr("Term"), tr("Enrolled"), tr("Absent"), tr("Late"), tr("Absent %"), tr("From")});
    for (const TermAttendance &t : terms)
        table.addRow({termText(t.termNumber, t.yearBe), QString::number(t.record.daysEnrolled),
                      QString::number(t.record.daysAbsent), QString::number(t.record.daysLate),
                      decimal(t.record.absenceRate() * 100.0, 1),
                      t.dailyRows > 0 ? tr("%n daily record(s)", nullptr, t.dailyRows) : tr("term totals")});
    return table.render();
}

QJsonArray RecordPrinter::gradesJson(const QList<TermGrades> &terms)
{
    QJsonArray array;
    for (const TermGrades &g : terms) {
        QJsonArray subjects;
        for (const SubjectMark &mark : g.subjects)
            subjects.append(
                    QJsonObject{{QStringLiteral("subject"), mark.subject}, {QStringLiteral("mark"), code(mark.mark)}});
        array.append(QJsonObject{{QStringLiteral("term"), termText(g.termNumber, g.yearBe)},
                                 {QStringLiteral("termId"), g.termId},
                                 {QStringLiteral("gpa"), g.gpa ? QJsonValue(*g.gpa) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("failingMarks"), g.failingMarks},
                                 {QStringLiteral("incompleteMarks"), g.incompleteMarks},
                                 {QStringLiteral("notAllowedMarks"), g.notAllowedMarks},
                                 {QStringLiteral("subjects"), subjects}});
    }
    return array;
}

QString RecordPrinter::gradesText(const QList<TermGrades> &terms)
{
    if (terms.isEmpty())
        return tr("No grades recorded.") + QLatin1Char('\n');
    TextTable table;
    table.setHeader(
            {tr("Term"), tr("GPA"), QStringLiteral("0"), QStringLiteral("ร"), QStringLiteral("มส"), tr("Subjects")});
    for (const TermGrades &g : terms) {
        QStringList subjects;
        for (const SubjectMark &mark : g.subjects)
            subjects << QStringLiteral("%1 %2").arg(mark.subject, code(mark.mark));
        table.addRow({termText(g.termNumber, g.yearBe), g.gpa ? decimal(*g.gpa, 2) : QStringLiteral("-"),
                      QString::number(g.failingMarks), QString::number(g.incompleteMarks),
                      QString::number(g.notAllowedMarks), subjects.join(QStringLiteral(", "))});
    }
    return table.render();
}

QJsonArray RecordPrinter::behaviourJson(const QList<BehaviourIncident> &incidents)
{
    QJsonArray array;
    for (const BehaviourIncident &b : incidents)
        array.append(QJsonObject{{QStringLiteral("id"), b.id},
                                 {QStringLiteral("date"), b.occurredOn.toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), code(b.kind)},
                                 {QStringLiteral("severity"), code(b.severity)},
                                 {QStringLiteral("note"), b.note},
                                 {QStringLiteral("recordedBy"), b.recordedBy},
                                 {QStringLiteral("recordedByName"), b.recordedByName}});
    return array;
}

QString RecordPrinter::behaviourText(const QList<BehaviourIncident> &incidents)
{
    if (incidents.isEmpty())
        return tr("No behaviour incidents.") + QLatin1Char('\n');
    TextTable table;
    table.setHeader({tr("Date"), tr("Kind"), tr("Severity"), tr("Recorded by"), tr("Note")});
    for (const BehaviourIncident &b : incidents)
        table.addRow({formatDate(b.occurredOn), label(b.kind), label(b.severity), b.recordedByName, b.note});
    return table.render();
}

}  // namespace care::cli
