#pragma once

#include "security/accesscontrol.h"
#include "security/session.h"
#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace care {

class Clock;

enum class ConsentPurpose { Screening, Referral, HealthSharing, LineNotices };
enum class ConsentDecision { Given, Withdrawn };
QString code(ConsentPurpose p);   // screening, referral, health_sharing, line_notices
QString code(ConsentDecision d);  // given, withdrawn
QString label(ConsentPurpose p);
QString label(ConsentDecision d);
std::optional<ConsentPurpose> consentPurposeFromCode(const QString &code);

struct ScannedForm {
    QString fileName;
    QString mimeType;   // application/pdf, image/jpeg, image/png
    QByteArray content; // at most 10 MiB; sealed at rest
};

struct ConsentRecord {
    QString id;
    QString studentId;
    QString guardianId;   // who consented (may be empty: e.g. the student at 20+)
    ConsentPurpose purpose = ConsentPurpose::Screening;
    ConsentDecision decision = ConsentDecision::Given;
    QDate decidedOn;
    QString recordedBy;   // user display name
    QString formAttachmentId;
    QString note;
};

// Guardian consent (PDPA): append-only decisions per purpose; the latest one
// counts. Features that share or contact (referrals, health staff access,
// LINE notices, screening) ask requireConsent before they act.
class ConsentService {
public:
    ConsentService(Database &db, const Clock &clock);

    Result<QString> record(const Session &session, ConsentRecord decision, const ScannedForm &form = {});
    Result<QList<ConsentRecord>> history(const Session &session, const QString &studentId) const;
    Result<ScannedForm> form(const Session &session, const QString &attachmentId) const;
    // Ok when the latest decision for the purpose is "given"; otherwise a
    // translated message naming the purpose. No session: this is a gate.
    Status requireConsent(const QString &studentId, ConsentPurpose purpose) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace care
