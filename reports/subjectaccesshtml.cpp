// The HTML of the subject-access report (SubjectAccessPdf::html): built by
// hand from the export's JSON, every value escaped.
#include "subjectaccesspdf.h"

#include "domain/address.h"
#include "domain/enums.h"
#include "domain/validation.h"
#include "locale/dates.h"
#include "security/roles.h"
#include "services/consentservice.h"
#include "util/clock.h"

#include <QJsonArray>

namespace care::reports {

namespace {

using Row = QStringList;

QString field(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

QString dash(const QString &text) { return text.isEmpty() ? QStringLiteral("–") : text; }

QString dateText(const QString &iso, Language language)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? formatDate(date, DateStyle::Long, language) : QString();
}

QString timeText(const QString &stored, Language language)
{
    const QDateTime at = fromStoredTimestamp(stored);
    return at.isValid() ? formatDateTime(at, language) : stored;
}

// Thai readers count academic years in Buddhist Era; others by the span of
// Gregorian years the year covers (2568 → 2025–26).
QString yearText(int yearBe, Language language)
{
    if (language == Language::Thai)
        return QString::number(yearBe);
    const int start = toGregorianYear(yearBe);
    return QStringLiteral("%1–%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString termText(const QJsonObject &o, Language language)
{
    return QStringLiteral("%1/%2").arg(yearText(o.value(QLatin1String("yearBe")).toInt(), language), field(o, "term"));
}

template <typename E>
QString codeLabel(const QString &code)
{
    const auto value = fromCode<E>(code);
    return value ? label(*value) : code;
}

QString sectionsText(const QString &codes)
{
    QStringList labels;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        labels << (sectionFromCode(c) ? label(*sectionFromCode(c)) : c);
    return labels.join(QStringLiteral(", "));
}

QString actionText(const QString &code)
{
    if (code == QLatin1String("anonymise"))
        return SubjectAccessPdf::tr("Anonymise");
    const auto action = actionFromCode(code);
    return action ? label(*action) : code;
}

QString yesNo(bool value) { return value ? SubjectAccessPdf::tr("Yes") : SubjectAccessPdf::tr("No"); }

QString addressText(const QJsonObject &o)
{
    Address a;
    a.houseNumber = field(o, "houseNumber");
    a.villageNumber = field(o, "villageNumber");
    a.community = field(o, "community");
    a.road = field(o, "road");
    a.subdistrict = field(o, "subdistrict");
    a.district = field(o, "district");
    a.province = field(o, "province");
    a.postcode = field(o, "postcode");
    return a.oneLine();
}

QString joinedName(const QJsonObject &o, const char *prefix, const char *first, const char *last)
{
    QStringList parts;
    for (const char *key : {prefix, first, last})
        if (key && !field(o, key).isEmpty())
            parts << field(o, key);
    return parts.join(QLatin1Char(' '));
}

class HtmlReport {
public:
    void heading(const QString &text) { m_html += QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped()); }
    void paragraph(const QString &text) { m_html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); }
    void fields(const QList<std::pair<QString, QString>> &pairs)
    {
        m_html += QStringLiteral("<table class='fields' cellspacing='0' cellpadding='3' width='100%'>");
        for (const auto &[name, value] : pairs)
            m_html += QStringLiteral("<tr><td class='name' width='30%'>%1</td><td>%2</td></tr>")
                          .arg(name.toHtmlEscaped(), dash(value).toHtmlEscaped());
        m_html += QStringLiteral("</table>");
    }
    void table(const QStringList &headers, const QList<Row> &rows)
    {
        if (rows.isEmpty()) {
            paragraph(SubjectAccessPdf::tr("Nothing recorded."));
            return;
        }
        // A <thead> row is repeated at the top of every page the table spans.
        m_html += QStringLiteral("<table class='list' border='1' cellspacing='0' cellpadding='3' width='100%'>"
                                 "<thead><tr>");
        for (const QString &h : headers)
            m_html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        m_html += QStringLiteral("</tr></thead>");
        for (const Row &row : rows) {
            m_html += QStringLiteral("<tr>");
            for (const QString &cell : row)
                m_html += QStringLiteral("<td>%1</td>").arg(dash(cell).toHtmlEscaped());
            m_html += QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
    }
    void raw(const QString &html) { m_html += html; }
    const QString &html() const { return m_html; }

private:
    QString m_html;
};

template <typename F>
QList<Row> rowsOf(const QJsonArray &array, F toRow)
{
    QList<Row> rows;
    for (const QJsonValue &v : array)
        rows << toRow(v.toObject());
    return rows;
}

void addStudent(HtmlReport &r, const QJsonObject &s, Language language)
{
    const QJsonObject school = s.value(QLatin1String("school")).toObject();
    r.heading(SubjectAccessPdf::tr("Student"));
    r.fields({{SubjectAccessPdf::tr("Name"), joinedName(s, "prefix", "firstNameTh", "lastNameTh")},
              {SubjectAccessPdf::tr("Name in English"), joinedName(s, nullptr, "firstNameEn", "lastNameEn")},
              {SubjectAccessPdf::tr("Nickname"), field(s, "nickname")},
              {SubjectAccessPdf::tr("ID number"), formatCitizenId(field(s, "citizenId"))},
              {SubjectAccessPdf::tr("Student number"), field(s, "studentNumber")},
              {SubjectAccessPdf::tr("Birth date"), dateText(field(s, "birthDate"), language)},
              {SubjectAccessPdf::tr("Sex"), codeLabel<Sex>(field(s, "sex"))},
              {SubjectAccessPdf::tr("Status"), codeLabel<StudentStatus>(field(s, "status"))},
              {SubjectAccessPdf::tr("Address"), addressText(s.value(QLatin1String("address")).toObject())},
              {SubjectAccessPdf::tr("School"), field(school, language == Language::Thai || field(school, "nameEn").isEmpty()
                                                     ? "nameTh" : "nameEn")},
              {SubjectAccessPdf::tr("Record id"), field(s, "id")}});
}

void addSchooling(HtmlReport &r, const QJsonObject &d, Language language)
{
    r.heading(SubjectAccessPdf::tr("Enrollments"));
    r.table({SubjectAccessPdf::tr("Academic year"), SubjectAccessPdf::tr("School"), SubjectAccessPdf::tr("Class"), SubjectAccessPdf::tr("Number")},
            rowsOf(d.value(QLatin1String("enrollments")).toArray(), [&](const QJsonObject &e) {
                return Row{yearText(e.value(QLatin1String("yearBe")).toInt(), language), field(e, "schoolName"),
                           field(e, "classroomName"), field(e, "classNumber")};
            }));
    r.heading(SubjectAccessPdf::tr("Attendance"));
    r.table({SubjectAccessPdf::tr("Term"), SubjectAccessPdf::tr("School days"), SubjectAccessPdf::tr("Days absent"), SubjectAccessPdf::tr("Days late")},
            rowsOf(d.value(QLatin1String("attendance")).toArray(), [&](const QJsonObject &a) {
                return Row{termText(a, language), field(a, "daysEnrolled"), field(a, "daysAbsent"),
                           field(a, "daysLate")};
            }));
    r.heading(SubjectAccessPdf::tr("Grades"));
    r.table({SubjectAccessPdf::tr("Term"), SubjectAccessPdf::tr("GPA"), SubjectAccessPdf::tr("Failed (0)"), SubjectAccessPdf::tr("Incomplete (ร)"),
             SubjectAccessPdf::tr("Not allowed (มส)")},
            rowsOf(d.value(QLatin1String("grades")).toArray(), [&](const QJsonObject &g) {
                return Row{termText(g, language), field(g, "gpa"), field(g, "failingMarks"),
                           field(g, "incompleteMarks"), field(g, "notAllowedMarks")};
            }));
}

QString bahtText(const QJsonValue &value, Language language)
{
    return value.isDouble() ? localeFor(language).toString(qint64(value.toDouble())) : QString();
}

void addFamily(HtmlReport &r, const QJsonObject &d, Language language)
{
    r.heading(SubjectAccessPdf::tr("Guardians"));
    r.table({SubjectAccessPdf::tr("Name"), SubjectAccessPdf::tr("Relation"), SubjectAccessPdf::tr("Phone"), SubjectAccessPdf::tr("Occupation"),
             SubjectAccessPdf::tr("Lives with the student")},
            rowsOf(d.value(QLatin1String("guardians")).toArray(), [](const QJsonObject &g) {
                return Row{joinedName(g, "prefix", "firstName", "lastName"),
                           codeLabel<GuardianRelation>(field(g, "relation")), field(g, "phone"),
                           field(g, "occupation"), yesNo(g.value(QLatin1String("livesWithStudent")).toBool())};
            }));
    r.heading(SubjectAccessPdf::tr("Household"));
    const QJsonObject h = d.value(QLatin1String("household")).toObject();
    if (h.isEmpty()) {
        r.paragraph(SubjectAccessPdf::tr("Nothing recorded."));
        return;
    }
    r.fields({{SubjectAccessPdf::tr("Address"), addressText(h.value(QLatin1String("address")).toObject())},
              {SubjectAccessPdf::tr("Members"), field(h, "memberCount")},
              {SubjectAccessPdf::tr("Monthly income (baht)"), bahtText(h.value(QLatin1String("monthlyIncomeBaht")), language)},
              {SubjectAccessPdf::tr("Living arrangement"), codeLabel<LivingArrangement>(field(h, "livingArrangement"))},
              {SubjectAccessPdf::tr("Notes"), field(h, "notes")}});
}

void addConsentAndAccess(HtmlReport &r, const QJsonObject &d, Language language)
{
    r.heading(SubjectAccessPdf::tr("Consent decisions"));
    r.table({SubjectAccessPdf::tr("Date"), SubjectAccessPdf::tr("Purpose"), SubjectAccessPdf::tr("Decision"), SubjectAccessPdf::tr("Recorded by"), SubjectAccessPdf::tr("Note"),
             SubjectAccessPdf::tr("Scanned form")},
            rowsOf(d.value(QLatin1String("consents")).toArray(), [&](const QJsonObject &c) {
                const auto purpose = consentPurposeFromCode(field(c, "purpose"));
                const bool given = field(c, "decision") == code(ConsentDecision::Given);
                return Row{dateText(field(c, "decidedOn"), language), purpose ? label(*purpose) : field(c, "purpose"),
                           label(given ? ConsentDecision::Given : ConsentDecision::Withdrawn), field(c, "recordedBy"),
                           field(c, "note"), field(c, "formFileName")};
            }));
    r.heading(SubjectAccessPdf::tr("Access outside the usual scope (break-the-glass)"));
    r.table({SubjectAccessPdf::tr("Who"), SubjectAccessPdf::tr("Reason"), SubjectAccessPdf::tr("From"), SubjectAccessPdf::tr("Until")},
            rowsOf(d.value(QLatin1String("accessGrants")).toArray(), [&](const QJsonObject &g) {
                return Row{field(g, "userName"), field(g, "reason"), timeText(field(g, "grantedAt"), language),
                           timeText(field(g, "expiresAt"), language)};
            }));
    r.heading(SubjectAccessPdf::tr("Who worked with or viewed this record"));
    r.table({SubjectAccessPdf::tr("When"), SubjectAccessPdf::tr("Who"), SubjectAccessPdf::tr("What"), SubjectAccessPdf::tr("Part of the record"), SubjectAccessPdf::tr("Reason")},
            rowsOf(d.value(QLatin1String("auditEvents")).toArray(), [&](const QJsonObject &e) {
                return Row{timeText(field(e, "at"), language), field(e, "actor"), actionText(field(e, "action")),
                           sectionsText(field(e, "section")), field(e, "reason")};
            }));
}

} // namespace

QString SubjectAccessPdf::html(const QJsonObject &document, Language language)
{
    HtmlReport r;
    r.raw(QStringLiteral("<html><head><style>"
                         "h1 { font-size: 16pt; margin-bottom: 2pt; }"
                         "h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
                         "p.meta { color: #444444; }"
                         "table.list { border-collapse: collapse; border-color: #999999; }"
                         "th { background-color: #e8eef4; text-align: left; font-weight: bold; }"
                         "td.name { color: #444444; }"
                         "</style></head><body>"));
    r.raw(QStringLiteral("<h1>%1</h1>").arg(tr("Personal data held by Care").toHtmlEscaped()));
    r.raw(QStringLiteral("<p class='meta'>%1<br/>%2</p>")
              .arg(tr("A copy of everything Care holds about one student, prepared at the request of the student or "
                      "their guardian under the Personal Data Protection Act B.E. 2562 (2019).")
                       .toHtmlEscaped(),
                   tr("Prepared on %1 by %2.")
                       .arg(timeText(field(document, "generatedAt"), language), field(document, "generatedBy"))
                       .toHtmlEscaped()));
    addStudent(r, document.value(QLatin1String("student")).toObject(), language);
    addSchooling(r, document, language);
    addFamily(r, document, language);
    addConsentAndAccess(r, document, language);
    r.raw(QStringLiteral("</body></html>"));
    return r.html();
}

} // namespace care::reports
