#include "services/consentservice.h"

#include "otherschoolsession.h"
#include "rowcounts.h"
#include "services/studentservice.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace care;
using namespace care::test;

namespace {

struct ConsentFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);  // creates the students
    Session counsellor = sessionFor(t, Role::Counsellor);
    QString studentId;
    QString guardianId;
    QString otherGuardianId;  // a guardian of another student

    ConsentFixture()
    {
        studentId = addStudent(QStringLiteral("สมชาย"), QStringLiteral("มาลี"), &guardianId);
        addStudent(QStringLiteral("สมศักดิ์"), QStringLiteral("บุญมี"), &otherGuardianId);
    }

    QString addStudent(const QString &name, const QString &guardianName, QString *guardianIdOut)
    {
        StudentRecord record = makeStudentRecord(t, name, QStringLiteral("ใจดี"));
        GuardianLink link;
        link.guardian.firstName = guardianName;
        link.guardian.lastName = QStringLiteral("ใจดี");
        link.relation = GuardianRelation::Mother;
        link.isPrimary = true;
        record.guardians << link;
        StudentService students(*t.db, testClock());
        auto id = students.create(record, director);
        INFO(errorText(id));
        REQUIRE(id.ok());
        auto loaded = students.load(director, id.value());
        REQUIRE(loaded.ok());
        *guardianIdOut = loaded->guardians.first().guardian.id;
        return id.value();
    }

    ConsentRecord decision(ConsentPurpose purpose, ConsentDecision d, QDate on) const
    {
        ConsentRecord r;
        r.studentId = studentId;
        r.guardianId = guardianId;
        r.purpose = purpose;
        r.decision = d;
        r.decidedOn = on;
        return r;
    }
};

QByteArray fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QByteArray pdfForm(const QByteArray &marker) { return "%PDF-1.4\n% " + marker + "\n%%EOF\n"; }

int countWhere(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Consent: the latest decision per purpose counts", "[consent]")
{
    ConsentFixture f;
    ConsentService consent(*f.t.db, testClock());
    const QDate today = testClock().today();

    CHECK_FALSE(consent.requireConsent(f.studentId, ConsentPurpose::Screening).ok());
    REQUIRE(consent.record(f.counsellor, f.decision(ConsentPurpose::Screening, ConsentDecision::Given,
                                                    today.addDays(-30))).ok());
    CHECK(consent.requireConsent(f.studentId, ConsentPurpose::Screening).ok());
    // Each purpose stands on its own.
    const Status referral = consent.requireConsent(f.studentId, ConsentPurpose::Referral);
    REQUIRE_FALSE(referral.ok());
    CHECK(referral.error().field == QLatin1String("consent"));

    REQUIRE(consent.record(f.counsellor, f.decision(ConsentPurpose::Screening, ConsentDecision::Withdrawn,
                                                    today.addDays(-10))).ok());
    const Status withdrawn = consent.requireConsent(f.studentId, ConsentPurpose::Screening);
    REQUIRE_FALSE(withdrawn.ok());
    CHECK(withdrawn.error().message.contains(label(ConsentPurpose::Screening)));

    // A form found later and recorded now, but dated earlier, does not overrule the withdrawal.
    REQUIRE(consent.record(f.counsellor, f.decision(ConsentPurpose::Screening, ConsentDecision::Given,
                                                    today.addDays(-20))).ok());
    CHECK_FALSE(consent.requireConsent(f.studentId, ConsentPurpose::Screening).ok());
    // On the same day, the decision recorded last counts.
    REQUIRE(consent.record(f.counsellor, f.decision(ConsentPurpose::Screening, ConsentDecision::Given,
                                                    today.addDays(-10))).ok());
    CHECK(consent.requireConsent(f.studentId, ConsentPurpose::Screening).ok());

    auto history = consent.history(f.counsellor, f.studentId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 4);
    CHECK(history->first().decidedOn == today.addDays(-10));
    CHECK(history->first().decision == ConsentDecision::Given);
    CHECK(history->first().recordedBy == f.counsellor.displayName());
}

TEST_CASE("Consent: the note and the scanned form are sealed in the file", "[consent]")
{
    ConsentFixture f;
    ConsentService consent(*f.t.db, testClock());
    const QByteArray marker = "FORM-MARKER-7f3a9c";
    ConsentRecord r = f.decision(ConsentPurpose::HealthSharing, ConsentDecision::Given, testClock().today());
    r.note = QStringLiteral("NOTE-MARKER-ผู้ปกครองลงนาม");
    const ScannedForm form{QStringLiteral("C:\\scans\\แบบฟอร์ม.pdf"), QStringLiteral("application/pdf"), pdfForm(marker)};
    auto id = consent.record(f.counsellor, r, form);
    INFO(errorText(id));
    REQUIRE(id.ok());

    const QByteArray raw = fileBytes(f.t.path);
    CHECK_FALSE(raw.contains(marker));
    CHECK_FALSE(raw.contains("NOTE-MARKER"));
    CHECK_FALSE(raw.contains(marker.toBase64()));
    CHECK(countWhere(*f.t.db, QStringLiteral("SELECT count(*) FROM change_log WHERE payload LIKE '%MARKER%'")) == 0);
    CHECK(countWhere(*f.t.db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'create' AND entity = "
                                             "'consent' AND section = 'family' AND entity_id = '%1'")
                                  .arg(f.studentId)) == 1);

    auto history = consent.history(f.counsellor, f.studentId);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().note == r.note);
    const QString attachmentId = history->first().formAttachmentId;
    REQUIRE_FALSE(attachmentId.isEmpty());

    const QString viewsSql = QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'view' AND "
                                            "section = 'family' AND entity_id = '%1'").arg(f.studentId);
    const int viewsBefore = countWhere(*f.t.db, viewsSql);
    auto opened = consent.form(f.counsellor, attachmentId);
    INFO(errorText(opened));
    REQUIRE(opened.ok());
    CHECK(opened->content == form.content);
    CHECK(opened->mimeType == QLatin1String("application/pdf"));
    CHECK(opened->fileName == QStringLiteral("แบบฟอร์ม.pdf"));  // no folder of the PC it came from
    CHECK(countWhere(*f.t.db, viewsSql) == viewsBefore + 1);
}

TEST_CASE("Consent: forms that are not PDF, JPEG or PNG, or too large, are refused", "[consent]")
{
    ConsentFixture f;
    ConsentService consent(*f.t.db, testClock());
    const ConsentRecord r = f.decision(ConsentPurpose::Screening, ConsentDecision::Given, testClock().today());
    const auto before = rowCounts(*f.t.db, {QStringLiteral("consent"), QStringLiteral("attachment"),
                                            QStringLiteral("audit_event"), QStringLiteral("change_log")});

    const QList<ScannedForm> bad{
        {QStringLiteral("form.gif"), QString(), QByteArray("GIF89a\x01\x00\x01\x00", 10)},
        {QStringLiteral("form.pdf"), QString(), QByteArray("MZ\x90\x00 not a pdf", 15)},
        {QStringLiteral("form.png"), QStringLiteral("image/png"), pdfForm("x")},  // type does not match content
        {QStringLiteral("empty.pdf"), QString(), QByteArray()},
        {QStringLiteral("huge.pdf"), QString(), pdfForm("x") + QByteArray(10 * 1024 * 1024, 'a')},
    };
    for (const ScannedForm &form : bad) {
        INFO(form.fileName.toStdString());
        auto result = consent.record(f.counsellor, r, form);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QLatin1String("form"));
    }
    CHECK(rowCounts(*f.t.db, {QStringLiteral("consent"), QStringLiteral("attachment"), QStringLiteral("audit_event"),
                              QStringLiteral("change_log")}) == before);

    // The accepted kinds, recognised by their first bytes.
    for (const QByteArray &content : {QByteArray("\xFF\xD8\xFF\xE0jpeg", 8), QByteArray("\x89PNG\r\n\x1A\nxx", 10)}) {
        auto ok = consent.record(f.counsellor, r, ScannedForm{QStringLiteral("scan"), QString(), content});
        INFO(errorText(ok));
        CHECK(ok.ok());
    }
}

TEST_CASE("Consent: each invalid decision names its field", "[consent]")
{
    ConsentFixture f;
    ConsentService consent(*f.t.db, testClock());
    const QDate today = testClock().today();

    ConsentRecord future = f.decision(ConsentPurpose::Referral, ConsentDecision::Given, today.addDays(1));
    auto result = consent.record(f.counsellor, future);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QLatin1String("decidedOn"));

    ConsentRecord undated = f.decision(ConsentPurpose::Referral, ConsentDecision::Given, QDate());
    result = consent.record(f.counsellor, undated);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QLatin1String("decidedOn"));

    ConsentRecord stranger = f.decision(ConsentPurpose::Referral, ConsentDecision::Given, today);
    stranger.guardianId = f.otherGuardianId;
    result = consent.record(f.counsellor, stranger);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QLatin1String("guardianId"));

    ConsentRecord unknownPurpose = f.decision(static_cast<ConsentPurpose>(99), ConsentDecision::Given, today);
    result = consent.record(f.counsellor, unknownPurpose);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == QLatin1String("purpose"));
    CHECK_FALSE(consentPurposeFromCode(QStringLiteral("marketing")).has_value());
    CHECK(consentPurposeFromCode(QStringLiteral("health_sharing")) == ConsentPurpose::HealthSharing);

    // Without a guardian (a student of 20 or more decides alone) is fine.
    ConsentRecord own = f.decision(ConsentPurpose::Referral, ConsentDecision::Given, today);
    own.guardianId.clear();
    CHECK(consent.record(f.counsellor, own).ok());
    CHECK(countWhere(*f.t.db, QStringLiteral("SELECT count(*) FROM consent")) == 1);
}

TEST_CASE("Consent: recording and reading need the family section in scope", "[consent]")
{
    ConsentFixture f;
    ConsentService consent(*f.t.db, testClock());
    const ConsentRecord r = f.decision(ConsentPurpose::Screening, ConsentDecision::Given, testClock().today());
    auto id = consent.record(f.counsellor, r, ScannedForm{QStringLiteral("f.pdf"), QString(), pdfForm("x")});
    REQUIRE(id.ok());
    auto history = consent.history(f.counsellor, f.studentId);
    REQUIRE(history.ok());
    const QString attachmentId = history->first().formAttachmentId;

    const QList<Session> outsiders{otherSchoolSession(f.t, Role::Counsellor), sessionFor(f.t, Role::Teacher),
                                   f.t.admin};
    for (const Session &outside : outsiders) {
        INFO(code(outside.role()).toStdString());
        const auto before = rowCounts(*f.t.db, {QStringLiteral("consent"), QStringLiteral("audit_event")});
        auto refused = consent.record(outside, r);
        REQUIRE_FALSE(refused.ok());
        CHECK_FALSE(refused.error().message.contains(QStringLiteral("สมชาย")));
        CHECK_FALSE(consent.history(outside, f.studentId).ok());
        CHECK_FALSE(consent.form(outside, attachmentId).ok());
        CHECK(rowCounts(*f.t.db, {QStringLiteral("consent"), QStringLiteral("audit_event")}) == before);
    }
}
