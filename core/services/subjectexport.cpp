#include "services/subjectexport.h"

#include "io/studentjson.h"
#include "security/accesscontrol.h"
#include "storage/auditrepository.h"
#include "storage/consentrepository.h"
#include "storage/studentrepository.h"
#include "storage/subjectaccessrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

namespace care {

struct SubjectExportText {
    Q_DECLARE_TR_FUNCTIONS(SubjectExportText)
};

namespace {

constexpr int kSchemaVersion = 1;

QJsonValue textOrNull(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

QJsonArray enrollmentsJson(const StudentProfile &p)
{
    QJsonArray array;
    for (const EnrollmentHistoryRow &row : p.enrollments) {
        QJsonObject json = enrollmentToJson(row);
        json.insert(QStringLiteral("classroomName"), classroomName(row.grade, row.room));
        array.append(json);
    }
    return array;
}

void addTermsJson(const StudentProfile &p, QJsonObject &document)
{
    QJsonArray attendance;
    QJsonArray grades;
    for (const TermIndicators &t : p.terms) {
        if (const auto &a = t.attendance)
            attendance.append(QJsonObject{{QStringLiteral("yearBe"), t.yearBe},
                                          {QStringLiteral("term"), t.termNumber},
                                          {QStringLiteral("daysEnrolled"), a->daysEnrolled},
                                          {QStringLiteral("daysAbsent"), a->daysAbsent},
                                          {QStringLiteral("daysLate"), a->daysLate}});
        if (const auto &r = t.academic)
            grades.append(QJsonObject{{QStringLiteral("yearBe"), t.yearBe},
                                      {QStringLiteral("term"), t.termNumber},
                                      {QStringLiteral("gpa"), r->gpa ? QJsonValue(*r->gpa) : QJsonValue()},
                                      {QStringLiteral("failingMarks"), r->failingMarks},
                                      {QStringLiteral("incompleteMarks"), r->incompleteMarks},
                                      {QStringLiteral("notAllowedMarks"), r->notAllowedMarks}});
    }
    document.insert(QStringLiteral("attendance"), attendance);
    document.insert(QStringLiteral("grades"), grades);
}

Result<QJsonArray> consentJson(Database &db, const QString &studentId)
{
    auto rows = ConsentRepository(db).forStudent(studentId);
    if (!rows)
        return rows.error();
    const FieldCipherPtr cipher = db.fieldCipher();
    QJsonArray array;
    for (const ConsentRow &row : rows.value()) {
        QString note;
        if (!row.sealedNote.isEmpty()) {
            if (!cipher)
                return Error{SubjectExportText::tr("Care is locked. Sign in again to export sealed information."),
                             {}, {}};
            auto opened = cipher->openText(row.sealedNote, ConsentRepository::noteContext(row.id));
            if (!opened)
                return opened.error();
            note = opened.value();
        }
        // The scanned form itself stays in Care: the export names it only.
        array.append(QJsonObject{{QStringLiteral("id"), row.id},
                                 {QStringLiteral("purpose"), row.purpose},
                                 {QStringLiteral("decision"), row.decision},
                                 {QStringLiteral("decidedOn"), row.decidedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("guardianId"), textOrNull(row.guardianId)},
                                 {QStringLiteral("recordedBy"), row.recordedBy},
                                 {QStringLiteral("recordedAt"), row.createdAt},
                                 {QStringLiteral("note"), textOrNull(note)},
                                 {QStringLiteral("formFileName"), textOrNull(row.formFileName)}});
    }
    return array;
}

Result<QJsonArray> accessGrantsJson(Database &db, const QString &studentId)
{
    auto rows = SubjectAccessRepository(db).accessGrants(studentId);
    if (!rows)
        return rows.error();
    QJsonArray array;
    for (const StudentAccessGrantRow &g : rows.value())
        array.append(QJsonObject{{QStringLiteral("userName"), g.userName},
                                 {QStringLiteral("reason"), g.reason},
                                 {QStringLiteral("grantedAt"), g.grantedAt},
                                 {QStringLiteral("expiresAt"), g.expiresAt}});
    return array;
}

Result<QJsonArray> auditJson(Database &db, const QString &studentId)
{
    AuditRowQuery query;
    query.entityId = studentId;
    query.limit = std::numeric_limits<int>::max();
    auto rows = AuditRepository(db).find(query);
    if (!rows)
        return rows.error();
    QJsonArray array;
    // Oldest first reads like a history; the stored actor is "userId|name".
    for (auto it = rows->crbegin(); it != rows->crend(); ++it)
        array.append(QJsonObject{{QStringLiteral("at"), it->at},
                                 {QStringLiteral("actor"), it->actor.section(QLatin1Char('|'), -1)},
                                 {QStringLiteral("action"), it->action},
                                 {QStringLiteral("section"), textOrNull(it->section)},
                                 {QStringLiteral("reason"), textOrNull(it->reason)}});
    return array;
}

} // namespace

SubjectExport::SubjectExport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QJsonObject> SubjectExport::collect(const Session &session, const QString &studentId)
{
    AccessControl access(m_db, m_clock);
    QString reason;
    for (const auto &[action, section] : {std::pair{Action::View, Section::Identity}, {Action::View, Section::Family},
                                          {Action::Export, Section::Identity}, {Action::Export, Section::Family}}) {
        auto decision = access.check(session, action, section, studentId);
        if (!decision)
            return decision.error();
        if (!decision->reason.isEmpty())
            reason = decision->reason;
    }
    // Everything is read inside the write, so the document and its audit
    // event describe the same moment.
    WriteScope scope(m_db, session.actor(), m_clock);
    if (!scope.isActive())
        return scope.error();
    auto profile = StudentRepository(m_db).profile(studentId);
    if (!profile)
        return profile.error();
    QJsonObject document{{QStringLiteral("schema"), QStringLiteral("care.subject-access")},
                         {QStringLiteral("schemaVersion"), kSchemaVersion},
                         {QStringLiteral("generatedAt"), scope.now()},
                         {QStringLiteral("generatedBy"), session.actor().name}};
    QJsonObject student = studentToJson(profile->student);
    student.insert(QStringLiteral("school"), schoolToJson(profile->school));
    document.insert(QStringLiteral("student"), student);
    document.insert(QStringLiteral("enrollments"), enrollmentsJson(profile.value()));
    addTermsJson(profile.value(), document);
    QJsonArray guardians;
    for (const GuardianLink &link : profile->guardians)
        guardians.append(guardianLinkToJson(link));
    document.insert(QStringLiteral("guardians"), guardians);
    document.insert(QStringLiteral("household"),
                    profile->household ? QJsonValue(householdToJson(*profile->household)) : QJsonValue());
    for (const auto &[key, part] : {std::pair{QStringLiteral("consents"), consentJson(m_db, studentId)},
                                    {QStringLiteral("accessGrants"), accessGrantsJson(m_db, studentId)},
                                    {QStringLiteral("auditEvents"), auditJson(m_db, studentId)}}) {
        if (!part)
            return part.error();
        document.insert(key, part.value());
    }
    if (auto s = scope.audit(QStringLiteral("export"), QStringLiteral("student"), studentId,
                             code(Section::Identity) + QLatin1Char(',') + code(Section::Family),
                             QStringLiteral("subject access"), reason);
        !s)
        return s.error();
    if (auto s = scope.commit(); !s)
        return s.error();
    return document;
}

Result<QString> SubjectExport::writeJson(const QJsonObject &document, const QString &directory) const
{
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists())
        return Error{SubjectExportText::tr("The folder to export into does not exist. Choose an existing folder."),
                     {}, directory};
    const QString studentId =
        document.value(QStringLiteral("student")).toObject().value(QStringLiteral("id")).toString();
    if (studentId.isEmpty() || studentId.contains(QLatin1Char('/')) || studentId.contains(QLatin1Char('\\')))
        return Error{SubjectExportText::tr("The export has no student record id."), {}, {}};
    // The file is named by record id, never by the child's name.
    const QString path = dir.filePath(studentId + QStringLiteral("-subject-access.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{SubjectExportText::tr("The export file could not be created: %1").arg(file.errorString()), {},
                     path};
    // Owner-only before any byte is written, so the temporary file is private too.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{SubjectExportText::tr("The export file could not be written: %1").arg(file.errorString()), {},
                     path};
    return path;
}

} // namespace care
