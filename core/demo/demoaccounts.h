#pragma once

#include "security/crypto.h"
#include "security/roles.h"
#include "security/session.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace care {
class Clock;
class Database;
class IdGenerator;
}

namespace care::demo {

struct DemoStructure;
struct DemoWords;

// The documented accounts of every demo database, all with kDemoPassword.
struct DemoAccount {
    QString username;
    Role role = Role::Teacher;
    QString schoolCode;  // empty for admin and officer
    QString scope;       // translated: what the account reaches ("homeroom teacher of one P.4 classroom …")
};

inline constexpr char kDemoPassword[] = "demo";

// What `care-cli demo` prints: the accounts the generator creates.
QList<DemoAccount> demoAccounts();

// Who entered a classroom's screening results and behaviour incidents: the
// demo teacher in their own room, the counsellor in the rest of the
// accounts' school. The other schools have no accounts: their records count
// as imported by the administrator.
struct DemoStaff {
    int school = -1;  // index of the accounts' school in DemoStructure::schoolIds
    QString teacherUserId;
    QString teacherRoomId;
    QString counsellorUserId;
    QString importerUserId;

    const QString &enteredBy(int schoolIndex, const QString &classroomId) const
    {
        if (schoolIndex != school)
            return importerUserId;
        return classroomId == teacherRoomId ? teacherUserId : counsellorUserId;
    }
};

// What the generator needs after creating the accounts.
struct DemoAccountsMade {
    Session administrator;   // signed in: the database key is unlocked
    QString nurseUserId;
    int schoolIndex = 0;     // index of the accounts' school in DemoStructure::schoolIds
    DemoStaff staff;
};

// The school the school-role accounts belong to: the first real school of
// the word list (child development centres have no counsellor or nurse).
int demoAccountSchool(const DemoWords &words);

// Sets the database up (key ring, recovery key) and creates every demo
// account. Ids come from `ids`, so the content stays deterministic.
Result<DemoAccountsMade> createDemoAccounts(Database &db, const Clock &clock, IdGenerator &ids,
                                            const DemoWords &words, const DemoStructure &structure,
                                            crypto::PasswordCost cost);

// One referred student of the nurse and the guardian who consented.
struct Referral {
    QString studentId;
    QString guardianId;  // may be empty
};

// Health referrals for the nurse with a "health_sharing" consent given for each.
Status writeNurseReferrals(Database &db, const Clock &clock, IdGenerator &ids, const Session &administrator,
                           const QString &nurseUserId, const QList<Referral> &referrals);

} // namespace care::demo
