#include "demo/demoaccounts.h"

#include "demo/demostructure.h"
#include "demo/demowords.h"
#include "services/accountservice.h"
#include "storage/consentrepository.h"
#include "storage/userrepository.h"
#include "storage/writescope.h"
#include "util/clock.h"
#include "util/ids.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace care::demo {

struct DemoAccountText {
    Q_DECLARE_TR_FUNCTIONS(DemoAccountText)
};

namespace {

constexpr int kCurrentYear = 1;  // index into DemoStructure::yearIds

struct DemoRooms {
    QString teacherRoom;
    QStringList visitorRooms;
};

// The teacher's room: room 1 of P.4 if the school has it, else of the grade
// nearest to it; the visitor adds the next room (same grade, else the next
// nearest grade: P.5, P.3, P.6 …).
DemoRooms demoRooms(const DemoStructure &structure, int school)
{
    QList<Grade> order = allValues<Grade>();
    const auto distance = [](Grade g) { return std::abs(int(g) - int(Grade::P4)); };
    std::stable_sort(order.begin(), order.end(), [&](Grade a, Grade b) {
        return distance(a) != distance(b) ? distance(a) < distance(b) : int(a) > int(b);
    });
    DemoRooms out;
    for (Grade g : order) {
        const QStringList rooms = structure.roomIds.value(DemoStructure::classroomKey(kCurrentYear, school, g));
        if (rooms.isEmpty())
            continue;
        if (out.teacherRoom.isEmpty()) {
            out.teacherRoom = rooms.first();
            out.visitorRooms << rooms.first();
            if (rooms.size() > 1) {
                out.visitorRooms << rooms.at(1);
                break;
            }
            continue;
        }
        out.visitorRooms << rooms.first();
        break;
    }
    return out;
}

NewUser account(const QString &username, const QString &displayName, Role role, const QString &schoolId = {},
                const QStringList &rooms = {})
{
    NewUser u;
    u.username = username;
    u.displayName = displayName;
    u.role = role;
    u.schoolId = schoolId;
    u.classroomIds = QSet<QString>(rooms.begin(), rooms.end());
    u.password = QString::fromLatin1(kDemoPassword);
    return u;
}

} // namespace

int demoAccountSchool(const DemoWords &words)
{
    for (int i = 0; i < words.schools.size(); ++i)
        if (words.schools.at(i).kind != SchoolKind::ChildDevelopmentCentre)
            return i;
    return 0;
}

QList<DemoAccount> demoAccounts()
{
    QString schoolCode;
    if (auto words = DemoWords::load(); words)
        schoolCode = words->schools.value(demoAccountSchool(words.value())).code;
    return {
        {QStringLiteral("admin"), Role::SystemAdministrator, {},
         DemoAccountText::tr("users, settings and backups; no case content")},
        {QStringLiteral("officer"), Role::MunicipalOfficer, {},
         DemoAccountText::tr("counts across all schools; records only by break-the-glass")},
        {QStringLiteral("director"), Role::Director, schoolCode, DemoAccountText::tr("the whole school")},
        {QStringLiteral("counsellor"), Role::Counsellor, schoolCode, DemoAccountText::tr("the whole school")},
        {QStringLiteral("teacher"), Role::Teacher, schoolCode,
         DemoAccountText::tr("homeroom teacher of one classroom of this year (P.4/1 where the school has it)")},
        {QStringLiteral("visitor"), Role::VisitCoordinator, schoolCode,
         DemoAccountText::tr("home visits for two classrooms, the teacher's among them")},
        {QStringLiteral("nurse"), Role::HealthStaff, schoolCode,
         DemoAccountText::tr("about 10 students referred for health care, with consent to share")},
    };
}

Result<DemoAccountsMade> createDemoAccounts(Database &db, const Clock &clock, IdGenerator &ids,
                                            const DemoWords &words, const DemoStructure &structure,
                                            crypto::PasswordCost cost)
{
    AccountService accounts(db, clock, cost);
    accounts.setIdGenerator(&ids);
    auto setUp = accounts.setUpUnchecked(
        account(QStringLiteral("admin"), QStringLiteral("นายระบบ ดูแลดี"), Role::SystemAdministrator));
    if (!setUp)
        return setUp.error();
    DemoAccountsMade made;
    made.administrator = setUp->administrator;
    made.schoolIndex = demoAccountSchool(words);
    const QString school = structure.schoolIds.value(made.schoolIndex);
    const DemoRooms rooms = demoRooms(structure, made.schoolIndex);
    const QList<NewUser> users{
        account(QStringLiteral("officer"), QStringLiteral("นางสาวพิมพ์ชนก ศรีเมือง"), Role::MunicipalOfficer),
        account(QStringLiteral("director"), QStringLiteral("นายประเสริฐ วงศ์ใหญ่"), Role::Director, school),
        account(QStringLiteral("counsellor"), QStringLiteral("นางกนกวรรณ ใจงาม"), Role::Counsellor, school),
        account(QStringLiteral("teacher"), QStringLiteral("นางสาวสุดารัตน์ แก้วมณี"), Role::Teacher, school,
                rooms.teacherRoom.isEmpty() ? QStringList() : QStringList{rooms.teacherRoom}),
        account(QStringLiteral("visitor"), QStringLiteral("นายสมศักดิ์ บ้านดอน"), Role::VisitCoordinator, school,
                rooms.visitorRooms),
        account(QStringLiteral("nurse"), QStringLiteral("นางวิไลพร สุขภาพดี"), Role::HealthStaff, school),
    };
    made.staff.school = made.schoolIndex;
    made.staff.teacherRoomId = rooms.teacherRoom;
    made.staff.importerUserId = made.administrator.userId();
    for (const NewUser &user : users) {
        auto id = accounts.addUserUnchecked(made.administrator, user);
        if (!id)
            return id.error();
        if (user.role == Role::HealthStaff)
            made.nurseUserId = id.value();
        else if (user.role == Role::Teacher)
            made.staff.teacherUserId = id.value();
        else if (user.role == Role::Counsellor)
            made.staff.counsellorUserId = id.value();
    }
    return made;
}

Status writeNurseReferrals(Database &db, const Clock &clock, IdGenerator &ids, const Session &administrator,
                           const QString &nurseUserId, const QList<Referral> &referrals)
{
    WriteScope scope(db, Actor::system(QStringLiteral("demo")), clock, &ids);
    if (!scope.isActive())
        return scope.error();
    for (const Referral &r : referrals) {
        if (auto s = UserRepository::insertCareAssignment(scope, scope.makeId(), nurseUserId, r.studentId,
                                                          QStringLiteral("health_referral"));
            !s)
            return s;
        ConsentRow consent;
        consent.id = scope.makeId();
        consent.studentId = r.studentId;
        consent.guardianId = r.guardianId;
        consent.purpose = QStringLiteral("health_sharing");
        consent.decision = QStringLiteral("given");
        consent.decidedOn = clock.nowUtc().date().addDays(-14);
        consent.recordedBy = administrator.displayName();
        consent.createdAt = scope.now();
        if (auto s = ConsentRepository::insert(scope, consent); !s)
            return s;
    }
    if (auto s = scope.audit(QStringLiteral("import"), QStringLiteral("demo"), nurseUserId, {},
                             DemoAccountText::tr("Demo health referrals: %n student(s)", nullptr,
                                                 int(referrals.size())));
        !s)
        return s;
    return scope.commit();
}

} // namespace care::demo
