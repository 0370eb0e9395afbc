// care-cli attendance, grades and behaviour: set or add, list as JSON, and
// refusals for a user outside the student's class.
#include "securityfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

QStringList command(const SecurityFixture &f, const QString &name, const QString &subcommand,
                    const QStringList &arguments)
{
    return QStringList{name, subcommand, QStringLiteral("--db"), f.path()} + arguments;
}

}  // namespace

TEST_CASE("attendance set and list", "[cli][records]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QString somchai = f.students.somchaiId;
    const CliRun set
            = runAs(QStringLiteral("teacher"),
                    command(f, QStringLiteral("attendance"), QStringLiteral("set"),
                            {QStringLiteral("--term"), QStringLiteral("2/2568"), QStringLiteral("--enrolled"),
                             QStringLiteral("90"), QStringLiteral("--absent"), QStringLiteral("10"), somchai}));
    INFO(set);
    REQUIRE(set.exitCode == 0);
    const CliRun list = runAs(
            QStringLiteral("teacher"),
            command(f, QStringLiteral("attendance"), QStringLiteral("list"), {QStringLiteral("--json"), somchai}));
    const QJsonArray terms = parseJson(list).array();
    REQUIRE(terms.size() == 2);
    const QJsonObject term2 = terms.first().toObject();
    CHECK(term2.value(QStringLiteral("term")).toString() == QStringLiteral("2/2568"));
    CHECK(term2.value(QStringLiteral("daysAbsent")).toInt() == 10);
    CHECK(term2.value(QStringLiteral("daysLate")).toInt() == 0);

    const CliRun tooMany
            = runAs(QStringLiteral("teacher"),
                    command(f, QStringLiteral("attendance"), QStringLiteral("set"),
                            {QStringLiteral("--term"), QStringLiteral("2/2568"), QStringLiteral("--enrolled"),
                             QStringLiteral("9"), QStringLiteral("--absent"), QStringLiteral("10"), somchai}));
    CHECK(tooMany.exitCode == 1);
    const CliRun noTerm
            = runAs(QStringLiteral("teacher"),
                    command(f, QStringLiteral("attendance"), QStringLiteral("set"),
                            {QStringLiteral("--term"), QStringLiteral("3/2570"), QStringLiteral("--enrolled"),
                             QStringLiteral("9"), QStringLiteral("--absent"), QStringLiteral("1"), somchai}));
    CHECK(noTerm.exitCode == 1);
    const CliRun other = runAs(QStringLiteral("otherteacher"),
                               command(f, QStringLiteral("attendance"), QStringLiteral("list"), {somchai}));
    CHECK(other.exitCode == 1);  // as for a student nobody has
    CHECK(revealsNoName(other));
}

TEST_CASE("grades set with subject marks and list", "[cli][records]")
{
    const SecurityFixture f = makeSecurityFixture();
    const CliRun set = runAs(QStringLiteral("teacher"),
                             command(f, QStringLiteral("grades"), QStringLiteral("set"),
                                     {QStringLiteral("--term"), QStringLiteral("1/2568"), QStringLiteral("--gpa"),
                                      QStringLiteral("1.75"), QStringLiteral("--mark"), QStringLiteral("คณิตศาสตร์=0"),
                                      QStringLiteral("--mark"), QStringLiteral("English=ms"), f.students.somyingId}));
    INFO(set);
    REQUIRE(set.exitCode == 0);
    const CliRun list = runAs(QStringLiteral("teacher"),
                              command(f, QStringLiteral("grades"), QStringLiteral("list"),
                                      {QStringLiteral("--json"), f.students.somyingId}));
    const QJsonArray terms = parseJson(list).array();
    REQUIRE(terms.size() == 1);
    const QJsonObject term = terms.first().toObject();
    CHECK(term.value(QStringLiteral("gpa")).toDouble() == Approx(1.75));
    CHECK(term.value(QStringLiteral("failingMarks")).toInt() == 1);
    CHECK(term.value(QStringLiteral("notAllowedMarks")).toInt() == 1);
    CHECK(term.value(QStringLiteral("subjects")).toArray().size() == 2);

    const CliRun badMark = runAs(QStringLiteral("teacher"),
                                 command(f, QStringLiteral("grades"), QStringLiteral("set"),
                                         {QStringLiteral("--term"), QStringLiteral("1/2568"), QStringLiteral("--mark"),
                                          QStringLiteral("Art=F"), f.students.somyingId}));
    CHECK(badMark.exitCode == 1);
    const CliRun badGpa = runAs(QStringLiteral("teacher"),
                                command(f, QStringLiteral("grades"), QStringLiteral("set"),
                                        {QStringLiteral("--term"), QStringLiteral("1/2568"), QStringLiteral("--gpa"),
                                         QStringLiteral("4.5"), f.students.somyingId}));
    CHECK(badGpa.exitCode == 1);
    CHECK(badGpa.err.contains(QStringLiteral("0.00 to 4.00")));
}

TEST_CASE("behaviour add and list", "[cli][records]")
{
    const SecurityFixture f = makeSecurityFixture();
    const QStringList incident{QStringLiteral("--date"),   QStringLiteral("2025-06-20"), QStringLiteral("--kind"),
                               QStringLiteral("bullying"), QStringLiteral("--severity"), QStringLiteral("minor"),
                               QStringLiteral("--note"),   QStringLiteral("ล้อเลียนเพื่อน")};
    const CliRun add = runAs(QStringLiteral("teacher"),
                             command(f, QStringLiteral("behaviour"), QStringLiteral("add"),
                                     incident + QStringList{f.students.somchaiId}));
    INFO(add);
    REQUIRE(add.exitCode == 0);
    const CliRun list = runAs(QStringLiteral("director"),
                              command(f, QStringLiteral("behaviour"), QStringLiteral("list"),
                                      {QStringLiteral("--json"), f.students.somchaiId}));
    const QJsonArray incidents = parseJson(list).array();
    REQUIRE(incidents.size() == 1);
    CHECK(incidents.first().toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("bullying"));
    CHECK(incidents.first().toObject().value(QStringLiteral("note")).toString() == QStringLiteral("ล้อเลียนเพื่อน"));

    QStringList badKind = incident;
    badKind[3] = QStringLiteral("fight");
    const CliRun wrong = runAs(QStringLiteral("teacher"),
                               command(f, QStringLiteral("behaviour"), QStringLiteral("add"),
                                       badKind + QStringList{f.students.somchaiId}));
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("violence")));
    const CliRun other = runAs(QStringLiteral("otherteacher"),
                               command(f, QStringLiteral("behaviour"), QStringLiteral("add"),
                                       incident + QStringList{f.students.somchaiId}));
    CHECK(other.exitCode == 1);  // as for a student nobody has
    CHECK(revealsNoName(other));
}
