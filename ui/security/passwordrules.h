#pragma once

#include "security/passwordpolicy.h"

#include <QCoreApplication>
#include <QString>

namespace care::ui {

// How hard a new password would be to guess, as a hint next to the field.
enum class PasswordStrength { Empty, TooShort, Weak, Fair, Strong };

// What the sign-in screens check while the user types, so that Save is
// enabled only for input core will accept: the password rules are core's
// PasswordPolicy itself. Core (AccountService) checks again on saving, with
// the person's names, and its refusal is shown where it belongs.
class PasswordRules {
    Q_DECLARE_TR_FUNCTIONS(PasswordRules)
public:
    static constexpr int kMinimumLength = PasswordPolicy::kMinimumLength;

    static PasswordStrength strength(const QString &password);
    static QString strengthText(PasswordStrength strength);
    // Empty when acceptable.
    static QString passwordProblem(const QString &password);
    static QString repeatProblem(const QString &password, const QString &repeated);
    static QString usernameProblem(const QString &username);
    static QString displayNameProblem(const QString &displayName);
};

} // namespace care::ui
