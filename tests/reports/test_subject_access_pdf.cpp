#include "reportfonts.h"
#include "subjectaccesspdf.h"

#include "locale/language.h"
#include "translations.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace care;
using namespace care::reports;

namespace {

const QString kStudentId = QStringLiteral("01970000-0000-7000-8000-000000000001");

// A document shaped like SubjectExport::collect's, with Thai names.
QJsonObject sampleDocument()
{
    const QJsonObject address{{QStringLiteral("houseNumber"), QStringLiteral("12/3")},
                              {QStringLiteral("villageNumber"), QStringLiteral("4")},
                              {QStringLiteral("subdistrict"), QStringLiteral("ในเมือง")},
                              {QStringLiteral("district"), QStringLiteral("เมืองขอนแก่น")},
                              {QStringLiteral("province"), QStringLiteral("ขอนแก่น")},
                              {QStringLiteral("postcode"), QStringLiteral("40000")}};
    const QJsonObject student{
        {QStringLiteral("id"), kStudentId},
        {QStringLiteral("idKind"), QStringLiteral("national_id")},
        {QStringLiteral("citizenId"), QStringLiteral("1100000000011")},
        {QStringLiteral("prefix"), QStringLiteral("ด.ช.")},
        {QStringLiteral("firstNameTh"), QStringLiteral("สมชาย")},
        {QStringLiteral("lastNameTh"), QStringLiteral("ใจดี")},
        {QStringLiteral("firstNameEn"), QStringLiteral("Somchai")},
        {QStringLiteral("lastNameEn"), QStringLiteral("Jaidee <b>")},
        {QStringLiteral("birthDate"), QStringLiteral("2015-06-10")},
        {QStringLiteral("sex"), QStringLiteral("male")},
        {QStringLiteral("status"), QStringLiteral("studying")},
        {QStringLiteral("address"), address},
        {QStringLiteral("school"), QJsonObject{{QStringLiteral("nameTh"), QStringLiteral("โรงเรียนเทศบาลวัดกลาง")},
                                               {QStringLiteral("nameEn"), QStringLiteral("Wat Klang School")}}}};
    const QJsonObject enrollment{{QStringLiteral("yearBe"), 2568},
                                 {QStringLiteral("schoolName"), QStringLiteral("โรงเรียนเทศบาลวัดกลาง")},
                                 {QStringLiteral("classroomName"), QStringLiteral("ป.4/1")},
                                 {QStringLiteral("classNumber"), 7}};
    const QJsonObject attendance{{QStringLiteral("yearBe"), 2568}, {QStringLiteral("term"), 1},
                                 {QStringLiteral("daysEnrolled"), 98}, {QStringLiteral("daysAbsent"), 3},
                                 {QStringLiteral("daysLate"), 1}};
    const QJsonObject guardian{{QStringLiteral("prefix"), QStringLiteral("นาง")},
                               {QStringLiteral("firstName"), QStringLiteral("มาลี")},
                               {QStringLiteral("lastName"), QStringLiteral("ใจดี")},
                               {QStringLiteral("relation"), QStringLiteral("mother")},
                               {QStringLiteral("phone"), QStringLiteral("0812345678")},
                               {QStringLiteral("livesWithStudent"), true}};
    const QJsonObject consent{{QStringLiteral("purpose"), QStringLiteral("screening")},
                              {QStringLiteral("decision"), QStringLiteral("given")},
                              {QStringLiteral("decidedOn"), QStringLiteral("2025-05-20")},
                              {QStringLiteral("recordedBy"), QStringLiteral("ครูสมศรี")},
                              {QStringLiteral("formFileName"), QStringLiteral("consent-scan.pdf")}};
    const QJsonObject event{{QStringLiteral("at"), QStringLiteral("2025-06-02T09:00:00.000Z")},
                            {QStringLiteral("actor"), QStringLiteral("ครูสมศรี")},
                            {QStringLiteral("action"), QStringLiteral("view")},
                            {QStringLiteral("section"), QStringLiteral("family")}};
    return QJsonObject{{QStringLiteral("schemaVersion"), 1},
                       {QStringLiteral("generatedAt"), QStringLiteral("2025-06-02T09:00:00.000Z")},
                       {QStringLiteral("generatedBy"), QStringLiteral("ผู้อำนวยการ")},
                       {QStringLiteral("student"), student},
                       {QStringLiteral("enrollments"), QJsonArray{enrollment}},
                       {QStringLiteral("attendance"), QJsonArray{attendance}},
                       {QStringLiteral("grades"), QJsonArray{}},
                       {QStringLiteral("guardians"), QJsonArray{guardian}},
                       {QStringLiteral("household"), QJsonValue()},
                       {QStringLiteral("consents"), QJsonArray{consent}},
                       {QStringLiteral("accessGrants"), QJsonArray{}},
                       {QStringLiteral("auditEvents"), QJsonArray{event}}};
}

// The PDF's text as poppler reads it (layout order), or empty if the tool is missing.
QString pdfText(const QString &path)
{
    const QString tool = QStringLiteral(CARE_PDFTOTEXT);
    if (tool.isEmpty() || tool.endsWith(QLatin1String("NOTFOUND")))
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct LanguageGuard {
    Language before = currentLanguage();
    ~LanguageGuard()
    {
        setCurrentLanguage(before);
        installTranslations(before);
    }
};

} // namespace

TEST_CASE("The subject-access PDF shows Thai text and Buddhist Era dates", "[reports][pdf]")
{
    LanguageGuard guard;
    setCurrentLanguage(Language::Thai);
    installTranslations(Language::Thai);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const auto written = SubjectAccessPdf::write(sampleDocument(), dir.path(), Language::Thai);
    INFO((written ? std::string() : written.error().describe().toStdString()));
    REQUIRE(written.ok());
    CHECK(QFileInfo(written.value()).fileName() == kStudentId + QStringLiteral("-subject-access.pdf"));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                      QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(written.value()) & others) == QFile::Permissions());
    CHECK(QFile::permissions(written.value()).testFlag(QFile::ReadOwner));
    QFile file(written.value());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QString text = pdfText(written.value());
    if (text.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text was not checked");
        return;
    }
    CHECK(text.contains(QStringLiteral("สมชาย")));
    CHECK(text.contains(QStringLiteral("โรงเรียนเทศบาลวัดกลาง")));
    CHECK(text.contains(QStringLiteral("มาลี")));
    // pdftotext reorders Thai vowels written below a consonant (มิถุนายน), so
    // the dates checked are in months without them.
    CHECK(text.contains(QStringLiteral("20 พฤษภาคม 2568")));  // consent of 2025-05-20 in Buddhist Era
    CHECK(text.contains(QStringLiteral("2558")));             // born 2015
    CHECK(text.contains(QStringLiteral("2568/1")));           // academic year and term
    CHECK_FALSE(text.contains(QStringLiteral("2015")));
}

TEST_CASE("The subject-access PDF in English uses Gregorian years", "[reports][pdf]")
{
    LanguageGuard guard;
    setCurrentLanguage(Language::English);
    installTranslations(Language::English);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto written = SubjectAccessPdf::write(sampleDocument(), dir.path(), Language::English);
    REQUIRE(written.ok());
    const QString text = pdfText(written.value());
    if (text.isEmpty())
        return;
    CHECK(text.contains(QStringLiteral("10 June 2015")));
    CHECK(text.contains(QStringLiteral("2025–26")));
    CHECK(text.contains(QStringLiteral("สมชาย")));  // names stay as recorded
}

TEST_CASE("The bundled Thai font loads from the library's resources", "[reports][fonts]")
{
    // The test machine may have Noto Sans Thai installed too: loading the
    // files from the resources is what proves they are linked in.
    CHECK(registerBundledFonts());
    CHECK(registerBundledFonts());  // again: a no-op with the same answer
    CHECK(bundledFontLicenceText().contains(QStringLiteral("SIL OPEN FONT LICENSE")));
    const QFont font = withBundledThaiFallback(QFont(QStringLiteral("DejaVu Sans")));
    CHECK(font.families().last() == bundledThaiFontFamily());
}

TEST_CASE("The report's HTML escapes recorded values", "[reports][pdf]")
{
    const QString html = SubjectAccessPdf::html(sampleDocument(), Language::English);
    CHECK(html.contains(QStringLiteral("Jaidee &lt;b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("Jaidee <b>")));
}

TEST_CASE("The PDF is not written into a missing folder or without a record id", "[reports][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto missing = SubjectAccessPdf::write(sampleDocument(), dir.filePath(QStringLiteral("nowhere")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    CHECK(QDir(dir.path()).isEmpty());

    QJsonObject noId = sampleDocument();
    noId.insert(QStringLiteral("student"), QJsonObject{});
    CHECK_FALSE(SubjectAccessPdf::write(noId, dir.path()).ok());
    CHECK(QDir(dir.path()).isEmpty());
}
