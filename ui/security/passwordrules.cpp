#include "security/passwordrules.h"

#include "security/passwordpolicy.h"

#include <QRegularExpression>

namespace care::ui {

namespace {

int characterClasses(const QString &password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isDigit())
            digit = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else
            other = true;  // symbols, spaces and Thai letters (which have no case)
    }
    return int(lower) + int(upper) + int(digit) + int(other);
}

} // namespace

PasswordStrength PasswordRules::strength(const QString &password)
{
    if (password.isEmpty())
        return PasswordStrength::Empty;
    if (password.size() < kMinimumLength)
        return PasswordStrength::TooShort;
    // What core refuses (common, a run or repeat, a date) is weak whatever its length.
    if (!PasswordPolicy::check(password, {}).ok())
        return PasswordStrength::Weak;
    const int classes = characterClasses(password);
    if (password.size() >= 16 || (password.size() >= 12 && classes >= 3))
        return PasswordStrength::Strong;
    if (password.size() >= 12 || classes >= 3)
        return PasswordStrength::Fair;
    return PasswordStrength::Weak;
}

QString PasswordRules::strengthText(PasswordStrength strength)
{
    switch (strength) {
    case PasswordStrength::Empty:
        return tr("Use at least %1 characters; a short sentence is easy to remember and hard to guess.")
            .arg(kMinimumLength);
    case PasswordStrength::TooShort:
        return tr("Too short: use at least %1 characters.").arg(kMinimumLength);
    case PasswordStrength::Weak:
        return tr("Strength: weak. Make it longer or mix letters, digits and symbols.");
    case PasswordStrength::Fair:
        return tr("Strength: fair.");
    case PasswordStrength::Strong:
        return tr("Strength: strong.");
    }
    return {};
}

QString PasswordRules::passwordProblem(const QString &password)
{
    if (password.isEmpty())
        return tr("Enter a password.");
    if (password.size() < kMinimumLength)
        return tr("The password needs at least %1 characters.").arg(kMinimumLength);
    if (password.trimmed() != password)
        return tr("The password must not begin or end with a space.");
    // Core's own refusal, shown while typing (the names are checked on saving).
    if (const Status allowed = PasswordPolicy::check(password, {}); !allowed)
        return allowed.error().message;
    return {};
}

QString PasswordRules::repeatProblem(const QString &password, const QString &repeated)
{
    if (repeated.isEmpty())
        return tr("Type the password a second time.");
    if (repeated != password)
        return tr("The two passwords are not the same.");
    return {};
}

QString PasswordRules::usernameProblem(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{3,32}$"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (username.isEmpty())
        return tr("Enter a user name.");
    if (!allowed.match(username).hasMatch())
        return tr("A user name has 3 to 32 characters: Latin letters, digits, dot, hyphen or underscore.");
    return {};
}

QString PasswordRules::displayNameProblem(const QString &displayName)
{
    if (displayName.trimmed().isEmpty())
        return tr("Enter the person's full name.");
    return {};
}

} // namespace care::ui
