// The password policy: common and guessable passwords and the person's own
// names are refused, in either keyboard layout; the services apply it.
#include "testdatabase.h"

#include "security/passwordpolicy.h"
#include "security/thaikeyboard.h"
#include "services/accountservice.h"

#include <catch2/catch.hpp>

using namespace care;
using namespace care::test;

namespace {

bool refused(const QString &password, const PasswordOwner &owner = {})
{
    return !PasswordPolicy::check(password, owner).ok();
}

}  // namespace

TEST_CASE("Password policy: the Thai keyboard as typed in the other layout", "[passwords]")
{
    CHECK(thaikeyboard::typedInEnglish(QStringLiteral("สวัสดี")) == QStringLiteral("l;ylfu"));
    CHECK(thaikeyboard::typedInEnglish(QStringLiteral("รักนะ")) == QStringLiteral("iydot"));
    CHECK(thaikeyboard::typedInThai(QStringLiteral("asdf")) == QStringLiteral("ฟหกด"));
    CHECK(thaikeyboard::typedInThai(QStringLiteral("l,Lydfb")) == QStringLiteral("สมศักดิ"));
    CHECK(thaikeyboard::typedInEnglish(QStringLiteral("ณ ๆ 2568")) == QStringLiteral("I q 2568"));
}

TEST_CASE("Password policy: common and guessable passwords are refused", "[passwords]")
{
    CHECK(PasswordPolicy::commonCount() > 500);
    for (const char *text : {"password", "Password123!", "P@ssw0rd", "passw0rd", "sunshine2567", "@Sunshine1",
                             "iloveyou", "khonkaen2568", "thailand", "1q2w3e4r", "zaq12wsx", "admin1234",
                             // runs, repeats and keyboard walks
                             "12345678", "1234567890", "87654321", "11111111", "abcabcabc", "12121212", "abcdefgh",
                             "qwertyuiop", "asdfghjk", "ASDFGHJKL", "zxcvbnm,",
                             // dates, Buddhist or Christian era
                             "15032530", "1987-03-15", "03/15/1987", "25300315",
                             // Thai words, as such and typed with the keyboard left in English
                             "รักเธอ1234", "สวัสดี2568", "l;ylfu123", "iydot2567", "ขอนแก่น99",
                             // English walks typed with the keyboard left in Thai
                             "ๆไำพะัีรนย", "ฟหกดเ้่าสว", "กขฃคฅฆงจ"}) {
        INFO(text);
        CHECK(refused(QString::fromUtf8(text)));
    }
    const Status common = PasswordPolicy::check(QStringLiteral("sunshine2567"), {}, QStringLiteral("newPassword"));
    REQUIRE_FALSE(common.ok());
    CHECK(common.error().field == QStringLiteral("newPassword"));
    CHECK(common.error().message.contains(QStringLiteral("common")));

    for (const char *text : {"correct horse battery", "tiger lily at noon", "แมวสามสีกินปลาทู", "Qz7#mL2v!pR",
                             "ขอนแก่นน่าอยู่ตลอดไป", "2 cups of tea, no sugar"}) {
        INFO(text);
        const Status ok = PasswordPolicy::check(QString::fromUtf8(text), {});
        INFO((ok.ok() ? std::string() : ok.error().message.toStdString()));
        CHECK(ok.ok());
    }
    CHECK(refused(QStringLiteral("short")));
    CHECK(refused(QString(257, QLatin1Char('x'))));
}

TEST_CASE("Password policy: the user name and the person's names are refused", "[passwords]")
{
    const PasswordOwner malee{QStringLiteral("malee.j"), QStringLiteral("นางสาวมาลีวรรณ ใจดีเสมอ")};
    for (const char *text : {"malee.j2025!", "มาลีวรรณ2530", "ใจดีเสมอ!!", "my ใจดีเสมอ house",
                             ",k]u;iiI2530"}) {  // มาลีวรรณ typed with the keyboard left in English
        INFO(text);
        const Status s = PasswordPolicy::check(QString::fromUtf8(text), malee);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("name")));
    }
    const PasswordOwner somchai{QStringLiteral("kru.somchai"), QStringLiteral("Mr. Worawit Srisuk")};
    CHECK(refused(QStringLiteral("Worawit the teacher"), somchai));
    CHECK(refused(QStringLiteral("my kru.somchai pass"), somchai));
    // Titles and short parts are not names; others' names are fine.
    CHECK_FALSE(refused(QStringLiteral("Mr. Blue Sky over Isan"), somchai));
    CHECK_FALSE(refused(QStringLiteral("correct horse battery"), malee));
}

TEST_CASE("Password policy: every account service refuses what the policy refuses", "[passwords][accounts]")
{
    TestDatabase t = makeTestDatabase();
    AccountService accounts(*t.db, testClock(), crypto::PasswordCost::minimal());
    NewUser user;
    user.username = QStringLiteral("kru.wanida");
    user.displayName = QStringLiteral("นางวนิดา รักเรียน");
    user.role = Role::Counsellor;
    user.schoolId = t.schoolId;

    user.password = QStringLiteral("Password1234");
    auto common = accounts.addUser(t.admin, user);
    REQUIRE_FALSE(common.ok());
    CHECK(common.error().field == QStringLiteral("password"));
    user.password = QStringLiteral("รักเรียน9999");
    auto named = accounts.addUser(t.admin, user);
    REQUIRE_FALSE(named.ok());
    CHECK(named.error().message.contains(QStringLiteral("รักเรียน")));

    user.password = kTestPassword;
    auto added = accounts.addUser(t.admin, user);
    INFO(errorText(added));
    REQUIRE(added.ok());
    CHECK_FALSE(accounts.resetPassword(t.admin, added.value(), QStringLiteral("kru.wanida1")).ok());
    CHECK_FALSE(accounts.resetPassword(t.admin, added.value(), QStringLiteral("qwertyuiop")).ok());

    auto signedIn = accounts.signIn(QStringLiteral("kru.wanida"), kTestPassword);
    REQUIRE(signedIn.ok());
    auto change = accounts.changePassword(signedIn.value(), kTestPassword, QStringLiteral("วนิดา2568!"));
    REQUIRE_FALSE(change.ok());
    CHECK(change.error().field == QStringLiteral("newPassword"));
    CHECK_FALSE(accounts.changePassword(signedIn.value(), kTestPassword, QStringLiteral("15/03/2530")).ok());

    accounts.lock();
    auto recovered = accounts.recover(t.recoveryKey, QStringLiteral("kru.wanida"), QStringLiteral("iloveyou2"));
    REQUIRE_FALSE(recovered.ok());
    CHECK(recovered.error().field == QStringLiteral("newPassword"));
    CHECK_FALSE(accounts.recover(t.recoveryKey, QStringLiteral("kru.wanida"), QStringLiteral("กุญแจของวนิดา")).ok());
}
