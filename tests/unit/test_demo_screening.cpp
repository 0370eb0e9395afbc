// The demo's screening results, behaviour incidents and daily absences:
// every class screened, plausible bands scored by the real scoring, entered
// by the demo's staff, nothing readable in the file without the key.
#include "demofixture.h"

#include "demo/demoaccounts.h"
#include "locale/dates.h"
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"
#include "services/screeningcontent.h"
#include "storage/indicatorrepository.h"
#include "storage/screeningrepository.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

struct OpenedResult {
    QString studentId;
    QString instrumentId;
    QString respondent;
    QDate screenedOn;
    QDate birth;
    QString enteredBy;
    ScreeningContent content;
    ScreeningSummary summary;
    QString plainContent;
    QString plainSummary;
};

QList<OpenedResult> openResults(Database &db)
{
    const FieldCipher &cipher = *db.fieldCipher();
    QList<OpenedResult> out;
    for (const QStringList &r : demoRows(db, QStringLiteral(
             "SELECT r.id, r.student_id, r.instrument_id, r.respondent, r.screened_on, s.birth_date, r.entered_by, "
             "r.content, r.summary FROM screening_result r JOIN student s ON s.id = r.student_id"))) {
        OpenedResult o{r[1], r[2], r[3], QDate::fromString(r[4], Qt::ISODate), QDate::fromString(r[5], Qt::ISODate),
                       r[6], {}, {}, {}, {}};
        REQUIRE(FieldCipher::isSealedText(r[7]));
        REQUIRE(FieldCipher::isSealedText(r[8]));
        auto content = cipher.openText(r[7], ScreeningRepository::contentContext(r[0]));
        auto summary = cipher.openText(r[8], ScreeningRepository::summaryContext(r[0]));
        REQUIRE(content.ok());
        REQUIRE(summary.ok());
        o.plainContent = content.value();
        o.plainSummary = summary.value();
        auto parsedContent = parseScreeningContent(o.plainContent);
        auto parsedSummary = parseScreeningSummary(o.plainSummary);
        REQUIRE(parsedContent.ok());
        REQUIRE(parsedSummary.ok());
        o.content = parsedContent.value();
        o.summary = parsedSummary.value();
        out << o;
    }
    return out;
}

QString totalBand(const OpenedResult &r)
{
    return r.summary.bands.value(QStringLiteral("total_difficulties")).value_or(QStringLiteral("-"));
}

double share(int part, int whole)
{
    return whole > 0 ? double(part) / whole : 0.0;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("demo: SDQ results for every class, scored for real, in plausible bands", "[demo][screening]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto g = generateDemo(dir.filePath(QStringLiteral("screening.care")), 1500, 7);
    Database &db = *g.db;
    const QList<OpenedResult> results = openResults(db);
    REQUIRE(results.size() == g.summary.screeningResults);
    REQUIRE(results.size() > 1500);

    {
        INFO("the real scoring gives back what is stored, in the instrument's age range");
        const InstrumentRegistry &registry = InstrumentRegistry::shipped();
        int mismatches = 0;
        int outsideAge = 0;
        for (const OpenedResult &r : results) {
            const Instrument *instrument = registry.find(r.instrumentId);
            REQUIRE(instrument);
            CHECK(r.respondent == code(instrument->respondent));
            CHECK(validateAnswers(*instrument, r.content.answers).ok());
            const ScreeningScores again = score(*instrument, r.content.answers, instrument->defaultBandSet);
            mismatches += again.scores == r.content.scores && again.bands == r.content.bands
                                  && again.scores == r.summary.scores && again.bands == r.summary.bands
                              ? 0
                              : 1;
            const int age = ageOn(r.birth, r.screenedOn);
            outsideAge += age < instrument->minAgeYears || age > instrument->maxAgeYears ? 1 : 0;
            CHECK(r.content.ageReason.isEmpty());
        }
        CHECK(mismatches == 0);
        CHECK(outsideAge == 0);
        const QSet<QString> ids = [&] {
            QSet<QString> s;
            for (const OpenedResult &r : results)
                s.insert(r.instrumentId);
            return s;
        }();
        CHECK(ids == QSet<QString>{QStringLiteral("sdq-teacher-4-17"), QStringLiteral("sdq-teacher-2-4"),
                                   QStringLiteral("sdq-self-11-17")});
    }

    {
        INFO("every classroom of both years was screened in its first term");
        CHECK(demoScalar(db, QStringLiteral(
                  "SELECT count(*) FROM classroom c JOIN academic_year y ON y.id = c.academic_year_id "
                  "JOIN term t ON t.academic_year_id = y.id AND t.number = 1 WHERE EXISTS (SELECT 1 FROM enrollment e "
                  "WHERE e.classroom_id = c.id) AND NOT EXISTS (SELECT 1 FROM enrollment e JOIN screening_result r "
                  "ON r.student_id = e.student_id WHERE e.classroom_id = c.id AND r.screened_on BETWEEN t.starts_on "
                  "AND t.ends_on)")) == 0);
        // One day per class and form.
        CHECK(demoScalar(db, QStringLiteral(
                  "SELECT count(*) FROM (SELECT e.classroom_id FROM enrollment e JOIN screening_result r ON "
                  "r.student_id = e.student_id JOIN term t ON t.academic_year_id = e.academic_year_id AND t.number = 1 "
                  "AND r.screened_on BETWEEN t.starts_on AND t.ends_on GROUP BY e.classroom_id, r.respondent "
                  "HAVING count(DISTINCT r.screened_on) > 1)")) == 0);
    }

    {
        INFO("a minority in the Thai at-risk and problem bands, more among those who miss school");
        QSet<QString> weak;
        for (const QStringList &row : demoRows(db, QStringLiteral(
                 "SELECT DISTINCT student_id FROM attendance_record WHERE days_absent * 5 >= days_enrolled")))
            weak.insert(row[0]);
        QHash<QString, int> teacher, self;
        int teacherForms = 0, selfForms = 0, weakForms = 0, weakFlagged = 0, otherForms = 0, otherFlagged = 0;
        for (const OpenedResult &r : results) {
            if (r.screenedOn.month() == 1)
                continue;  // January follow-ups of flagged children
            const QString band = totalBand(r);
            const bool flagged = band == QLatin1String("at_risk") || band == QLatin1String("problem");
            if (r.respondent == QLatin1String("self")) {
                ++self[band];
                ++selfForms;
                continue;
            }
            ++teacher[band];
            ++teacherForms;
            (weak.contains(r.studentId) ? weakForms : otherForms) += 1;
            (weak.contains(r.studentId) ? weakFlagged : otherFlagged) += flagged ? 1 : 0;
        }
        const double teacherAtRisk = share(teacher.value(QStringLiteral("at_risk")), teacherForms);
        const double teacherProblem = share(teacher.value(QStringLiteral("problem")), teacherForms);
        INFO("teacher at risk " << teacherAtRisk << ", problem " << teacherProblem);
        CHECK(teacherAtRisk >= 0.08);
        CHECK(teacherAtRisk <= 0.17);
        CHECK(teacherProblem >= 0.04);
        CHECK(teacherProblem <= 0.10);
        const double selfAtRisk = share(self.value(QStringLiteral("at_risk")), selfForms);
        const double selfProblem = share(self.value(QStringLiteral("problem")), selfForms);
        INFO("self at risk " << selfAtRisk << ", problem " << selfProblem);
        CHECK(selfForms > 100);
        CHECK(selfAtRisk >= 0.06);
        CHECK(selfAtRisk <= 0.20);
        CHECK(selfProblem >= 0.02);
        CHECK(selfProblem <= 0.12);
        INFO("flagged among weak " << share(weakFlagged, weakForms) << ", others " << share(otherFlagged, otherForms));
        CHECK(weakForms > 20);
        CHECK(share(weakFlagged, weakForms) > 1.5 * share(otherFlagged, otherForms));
        // Some forms lack an answer or two (prorated); some were followed up in January.
        CHECK(std::count_if(results.begin(), results.end(), [](const OpenedResult &r) {
                  return r.content.answers.items.contains(std::nullopt);
              }) > 0);
        CHECK(std::count_if(results.begin(), results.end(), [](const OpenedResult &r) {
                  return r.screenedOn.month() == 1;
              }) > 0);
    }

    {
        INFO("entered by the demo's teacher and counsellor at their school, imported by the administrator elsewhere");
        QHash<QString, QString> userRole;
        for (const QStringList &row : demoRows(db, QStringLiteral("SELECT id, username FROM app_user")))
            userRole.insert(row[0], row[1]);
        QHash<QString, int> byUser;
        for (const OpenedResult &r : results)
            ++byUser[userRole.value(r.enteredBy, QStringLiteral("?"))];
        CHECK(byUser.value(QStringLiteral("?")) == 0);
        CHECK(byUser.value(QStringLiteral("teacher")) > 0);
        CHECK(byUser.value(QStringLiteral("counsellor")) > 0);
        CHECK(byUser.value(QStringLiteral("admin")) > 0);
        CHECK(demoScalar(db, QStringLiteral(
                  "SELECT count(*) FROM screening_result r JOIN app_user u ON u.id = r.entered_by JOIN student s ON "
                  "s.id = r.student_id WHERE u.username IN ('teacher', 'counsellor') AND NOT EXISTS (SELECT 1 FROM "
                  "enrollment e JOIN classroom c ON c.id = e.classroom_id WHERE e.student_id = s.id AND "
                  "c.school_id = u.school_id)")) == 0);
    }
}

TEST_CASE("demo: behaviour incidents, daily absences, and nothing readable without the key", "[demo][screening]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("incidents.care"));
    const auto g = generateDemo(path, 1200, 5);
    Database &db = *g.db;
    const qint64 students = g.summary.students;

    QStringList notes;
    {
        INFO("incidents: a minority, mostly minor, notes sealed in Thai");
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM behaviour_incident")) == g.summary.behaviourIncidents);
        const qint64 involved = demoScalar(db, QStringLiteral("SELECT count(DISTINCT student_id) FROM behaviour_incident"));
        const qint64 minor = demoScalar(db, QStringLiteral("SELECT count(*) FROM behaviour_incident WHERE severity = 'minor'"));
        const qint64 serious = demoScalar(db, QStringLiteral("SELECT count(*) FROM behaviour_incident WHERE severity = 'serious'"));
        CHECK(involved > students / 50);
        CHECK(involved < students * 3 / 10);
        CHECK(serious > 0);
        CHECK(minor > 3 * serious);
        // None in early childhood or kindergarten; drugs and sexual behaviour only in secondary school.
        CHECK(demoScalar(db, QStringLiteral(
                  "SELECT count(*) FROM behaviour_incident b JOIN enrollment e ON e.student_id = b.student_id "
                  "JOIN academic_year y ON y.id = e.academic_year_id JOIN classroom c ON c.id = e.classroom_id "
                  "WHERE b.occurred_on BETWEEN y.starts_on AND y.ends_on AND (c.grade_ordinal < 4 OR (c.grade_ordinal < 10 "
                  "AND b.kind IN ('substance_use', 'sexual_behaviour')))")) == 0);
        const FieldCipher &cipher = *db.fieldCipher();
        for (const QStringList &row : demoRows(db, QStringLiteral("SELECT id, kind, note FROM behaviour_incident"))) {
            CHECK(fromCode<BehaviourKind>(row[1]).has_value());
            REQUIRE(FieldCipher::isSealedText(row[2]));
            auto note = cipher.openText(row[2], IndicatorRepository::noteContext(row[0]));
            REQUIRE(note.ok());
            CHECK(note->size() > 10);
            notes << note.value();
        }
        REQUIRE(notes.size() > 20);
    }

    {
        INFO("daily absences: the current term's at the demo accounts' school, as many as its records count");
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM daily_absence")) == g.summary.dailyAbsences);
        CHECK(g.summary.dailyAbsences > 0);
        CHECK(demoScalar(db, QStringLiteral("SELECT count(DISTINCT term_id) FROM daily_absence")) == 1);
        CHECK(demoScalar(db, QStringLiteral(
                  "SELECT count(*) FROM attendance_record a JOIN term t ON t.id = a.term_id JOIN enrollment e ON "
                  "e.student_id = a.student_id AND e.academic_year_id = t.academic_year_id JOIN classroom c ON "
                  "c.id = e.classroom_id WHERE a.term_id = (SELECT term_id FROM daily_absence LIMIT 1) "
                  "AND c.school_id = (SELECT school_id FROM app_user WHERE username = 'counsellor') "
                  "AND (a.days_absent <> (SELECT count(*) FROM daily_absence d WHERE d.student_id = a.student_id AND "
                  "d.term_id = a.term_id AND d.kind = 'absent') OR a.days_late <> (SELECT count(*) FROM daily_absence d "
                  "WHERE d.student_id = a.student_id AND d.term_id = a.term_id AND d.kind = 'late'))")) == 0);
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM daily_absence d JOIN term t ON t.id = d.term_id "
                                            "WHERE d.on_date < t.starts_on OR d.on_date > '2026-11-20' "
                                            "OR strftime('%w', d.on_date) IN ('0', '6')")) == 0);
    }

    {
        INFO("no answer, score, note or reason in plain text anywhere in the file");
        QList<QByteArray> needles{QByteArrayLiteral("\"answers\":["), QByteArrayLiteral("total_difficulties="),
                                  QByteArrayLiteral("\"reasons\""), QByteArrayLiteral("\"domains\"")};
        for (const QString &note : notes)
            needles << note.toUtf8();
        REQUIRE(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray file = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        REQUIRE(file.size() > 100'000);
        QStringList found;
        for (const QByteArray &needle : needles)
            if (file.contains(needle))
                found << QString::fromUtf8(needle);
        INFO(found.join(QStringLiteral(" | ")).toStdString());
        CHECK(found.isEmpty());
    }
}
