// The demo's risk levels: computed by the real engine at three moments, so
// students have timelines; the same seed gives the same results and levels.
#include "demofixture.h"

#include "demo/democalendar.h"
#include "risk/riskservice.h"
#include "storage/contenthash.h"
#include "storage/riskrepository.h"
#include "storage/screeningrepository.h"
#include "storage/writescope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace care;
using namespace care::test;

namespace {

// What a seed decides about screening and risk, opened: the same seed must give the same lists.
QStringList screeningAndRisk(Database &db)
{
    const FieldCipher &cipher = *db.fieldCipher();
    QStringList out;
    for (const QStringList &r : demoRows(db, QStringLiteral("SELECT id, student_id, instrument_id, screened_on, "
                                                            "summary FROM screening_result ORDER BY id"))) {
        auto summary = cipher.openText(r[4], ScreeningRepository::summaryContext(r[0]));
        REQUIRE(summary.ok());
        out << QStringList{r[0], r[1], r[2], r[3], summary.value()}.join(QLatin1Char(' '));
    }
    for (const QStringList &r : demoRows(db, QStringLiteral("SELECT id, student_id, assessed_at, overall FROM "
                                                            "risk_assessment ORDER BY id")))
        out << r.join(QLatin1Char(' '));
    return out;
}

} // namespace

TEST_CASE("demo: risk histories from the real engine", "[demo][risk]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto g = generateDemo(dir.filePath(QStringLiteral("risk.care")), 1500, 3);
    Database &db = *g.db;
    const demo::DemoSummary &s = g.summary;

    {
        INFO("counts match the summary; every current row is the student's latest assessment");
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM risk_assessment")) == s.riskAssessments);
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM risk_current WHERE overall = 'at_risk'")) == s.studentsAtRisk);
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM risk_current WHERE overall = 'problem'")) == s.studentsWithProblem);
        CHECK(s.studentsAtRisk > 0);
        CHECK(s.studentsWithProblem > 0);
        CHECK(s.studentsAtRisk + s.studentsWithProblem < s.students * 8 / 10);
        // Students never flagged have no history (RiskEngine: no row = always normal); all others have a current row.
        CHECK(demoScalar(db, QStringLiteral("SELECT count(DISTINCT student_id) FROM risk_assessment"))
              == demoScalar(db, QStringLiteral("SELECT count(*) FROM risk_current")));
        CHECK(demoScalar(db, QStringLiteral(
                  "SELECT count(*) FROM risk_current c WHERE c.assessment_id <> (SELECT a.id FROM risk_assessment a "
                  "WHERE a.student_id = c.student_id ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1)")) == 0);
    }

    {
        INFO("three moments: end of last year, end of this year's first term, now; timelines with changes");
        const QList<QStringList> moments = demoRows(db, QStringLiteral(
            "SELECT DISTINCT substr(assessed_at, 1, 10) FROM risk_assessment ORDER BY 1"));
        REQUIRE(moments.size() == 3);
        const demo::DemoCalendar calendar = demo::DemoCalendar::forYear(kDemoYear);
        CHECK(moments[0][0] == calendar.years[0].terms[1].endsOn.toString(Qt::ISODate));
        CHECK(moments[1][0] == calendar.years[1].terms[0].endsOn.toString(Qt::ISODate));
        CHECK(moments[2][0] == calendar.nowUtc.date().toString(Qt::ISODate));
        const qint64 changedLevel = demoScalar(db, QStringLiteral(
            "SELECT count(*) FROM (SELECT student_id FROM risk_assessment GROUP BY student_id "
            "HAVING count(DISTINCT overall) > 1)"));
        CHECK(changedLevel > s.students / 50);
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM (SELECT student_id FROM risk_assessment "
                                            "GROUP BY student_id HAVING count(*) >= 3)")) > 0);
    }

    {
        INFO("the emotional, attendance, academic and behaviour domains all flag someone");
        const FieldCipher &cipher = *db.fieldCipher();
        const auto flaggedDomains = [&](const QString &sql) {
            QHash<QString, int> flagged;
            for (const QStringList &r : demoRows(db, sql)) {
                auto plain = cipher.openText(r[1], RiskRepository::contentContext(r[0]));
                REQUIRE(plain.ok());
                const QJsonObject domains =
                    QJsonDocument::fromJson(plain->toUtf8()).object().value(QStringLiteral("domains")).toObject();
                for (auto it = domains.begin(); it != domains.end(); ++it)
                    if (it.value().toObject().value(QStringLiteral("level")).toString() != QLatin1String("normal"))
                        ++flagged[it.key()];
            }
            return flagged;
        };
        const QHash<QString, int> flagged = flaggedDomains(QStringLiteral("SELECT id, content FROM risk_assessment"));
        const QHash<QString, int> now = flaggedDomains(QStringLiteral(
            "SELECT a.id, a.content FROM risk_current c JOIN risk_assessment a ON a.id = c.assessment_id"));
        for (const char *domain : {"emotional", "attendance", "academic", "behaviour", "economic", "family"})
            CHECK(flagged.value(QString::fromLatin1(domain)) > 0);
        for (const char *domain : {"emotional", "attendance", "economic", "family"})  // flagged now, too
            CHECK(now.value(QString::fromLatin1(domain)) > 0);
    }

    {
        INFO("a full recompute now by the service agrees with the demo: nothing changes");
        FixedClock now(demo::DemoCalendar::forYear(kDemoYear).nowUtc.addSecs(3600));
        auto again = RiskService(db, now).recomputeAll(g.admin);
        INFO(errorText(again));
        REQUIRE(again.ok());
        CHECK(again->students == s.students);
        CHECK(again->changed == 0);
    }

    {
        INFO("one student at a time inside a write, as after each input change, agrees with the full recompute");
        FixedClock now(demo::DemoCalendar::forYear(kDemoYear).nowUtc.addSecs(3600));
        const QString currentSql = QStringLiteral("SELECT student_id, assessment_id, overall, since FROM risk_current "
                                                  "ORDER BY student_id");
        const QList<QStringList> before = demoRows(db, currentSql);
        const qint64 assessments = demoScalar(db, QStringLiteral("SELECT count(*) FROM risk_assessment"));
        for (const QStringList &student : demoRows(db, QStringLiteral("SELECT id FROM student"))) {
            WriteScope scope(db, Actor::system(QStringLiteral("test")), now);
            REQUIRE(scope.isActive());
            const Status recomputed = RiskService::recomputeIn(scope, student[0]);
            INFO(student[0].toStdString() << ": " << (recomputed ? std::string() : recomputed.error().message.toStdString()));
            REQUIRE(recomputed);
            REQUIRE(scope.commit());
        }
        CHECK(demoScalar(db, QStringLiteral("SELECT count(*) FROM risk_assessment")) == assessments);
        CHECK(demoRows(db, currentSql) == before);
    }
}

TEST_CASE("demo: the same seed gives the same screening results and risk levels", "[demo][risk]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto a = generateDemo(dir.filePath(QStringLiteral("a.care")), 400, 9);
    const auto b = generateDemo(dir.filePath(QStringLiteral("b.care")), 400, 9);
    const auto c = generateDemo(dir.filePath(QStringLiteral("c.care")), 400, 10);
    const QStringList first = screeningAndRisk(*a.db);
    CHECK(first.size() > 400);
    CHECK(screeningAndRisk(*b.db) == first);
    CHECK(screeningAndRisk(*c.db) != first);
    CHECK(b.summary.screeningResults == a.summary.screeningResults);
    CHECK(b.summary.behaviourIncidents == a.summary.behaviourIncidents);
    CHECK(b.summary.dailyAbsences == a.summary.dailyAbsences);
    CHECK(b.summary.riskAssessments == a.summary.riskAssessments);
    auto hashA = contentHash(*a.db);
    auto hashB = contentHash(*b.db);
    REQUIRE(hashA.ok());
    REQUIRE(hashB.ok());
    CHECK(hashA.value() == hashB.value());
}
