#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace care {

// Whose password it is: a password must not contain their user name or a
// part of their name.
struct PasswordOwner {
    QString username;
    QString displayName;  // e.g. "นางสาวมาลี ใจดี" or "Malee Jaidee"
};

// The one password policy, for every password a person chooses or is given
// (set-up, new user, reset, change, recovery). Refused, each with a message
// for the password field:
// - fewer than 8 or more than 256 characters;
// - a password on the bundled list (resources/security/common-passwords.txt,
//   see its README), also with digits or symbols added before or after it;
// - one character or a short group repeated ("11111111", "abcabcabc"), a
//   straight run ("12345678", "abcdefgh") or a walk along a keyboard row
//   ("qwertyui", "asdfghjk");
// - a date ("15032530", "2530-03-15"), Buddhist or Christian era;
// - the user name, or a part of the person's name.
// Every check also looks at the password as the same keys would type it
// with the keyboard in the other language, Thai or English.
class PasswordPolicy {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    static constexpr int kMinimumLength = 8;
    static constexpr int kMaximumLength = 256;

    static Status check(const QString &password, const PasswordOwner &owner,
                        const QString &field = QStringLiteral("password"));
    // The password (or its core without added digits and symbols) is on the
    // bundled list, as typed or in the other keyboard layout.
    static bool isCommon(const QString &password);
    // How many entries the bundled list has (loaded once).
    static int commonCount();
};

}  // namespace care
