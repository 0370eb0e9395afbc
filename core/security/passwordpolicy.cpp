#include "security/passwordpolicy.h"

#include "security/thaikeyboard.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <utility>

static void initCommonPasswordResources()
{
    Q_INIT_RESOURCE(passwords);
}

namespace care {

namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list = [] {
        initCommonPasswordResources();
        QSet<QString> entries;
        QFile file(QStringLiteral(":/care/security/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return entries;  // a build without the list: the rules below still apply
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString entry = line.trimmed();
            if (!entry.isEmpty() && !entry.startsWith(QLatin1Char('#')))
                entries.insert(entry.toLower());
        }
        return entries;
    }();
    return list;
}

// The text and what the same keys type in the other layout, lower case
// (converted before lowering: Shift types other Thai letters).
QStringList asTyped(const QString &text)
{
    return {text.toLower(), thaikeyboard::typedInThai(text).toLower(), thaikeyboard::typedInEnglish(text).toLower()};
}

bool isWordCharacter(QChar c)
{
    return c.isLetter() || c.isMark();
}

// Without the digits and symbols added before or after a word ("sunshine"
// of "@sunshine2567!").
QString core(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && !isWordCharacter(text.at(begin)))
        ++begin;
    while (end > begin && !isWordCharacter(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// The password on the list: as typed or in the other layout, whole or
// without what was added around a word (before or after the conversion:
// "l;ylfu123" is สวัสดี with digits, "หีืหะรืำๅ/-" is sunshine123).
bool listed(const QString &password)
{
    QStringList candidates;
    for (const QString &form : asTyped(password))
        candidates << form << core(form);
    candidates << asTyped(core(password));
    const QSet<QString> &list = commonPasswords();
    for (const QString &candidate : std::as_const(candidates))
        if (candidate.size() >= 3 && list.contains(candidate))
            return true;
    return false;
}

// One group of up to four characters, repeated: 11111111, 12121212, abcabcabc.
bool isRepeated(const QString &text)
{
    for (qsizetype unit = 1; unit <= 4 && unit < text.size(); ++unit) {
        bool same = true;
        for (qsizetype i = unit; i < text.size() && same; ++i)
            same = text.at(i) == text.at(i - unit);
        if (same)
            return true;
    }
    return false;
}

// Each character next to the one before on a line of characters (the
// alphabet, the digits, a keyboard row), forwards or backwards.
bool isRun(const QString &text)
{
    static const QStringList lines{QStringLiteral("abcdefghijklmnopqrstuvwxyz"),
                                   QStringLiteral("01234567890"),
                                   QStringLiteral("`1234567890-="),
                                   QStringLiteral("qwertyuiop[]\\"),
                                   QStringLiteral("asdfghjkl;'"),
                                   QStringLiteral("zxcvbnm,./"),
                                   QStringLiteral("กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ")};
    for (const QString &line : lines) {
        for (int direction : {1, -1}) {
            bool along = true;
            for (qsizetype i = 1; i < text.size() && along; ++i) {
                const qsizetype previous = line.indexOf(text.at(i - 1));
                along = previous >= 0 && previous + direction >= 0 && previous + direction < line.size()
                        && line.at(previous + direction) == text.at(i);
            }
            if (along)
                return true;
        }
    }
    return false;
}

bool isYear(int year)
{
    return (year >= 1900 && year <= 2100) || (year >= 2443 && year <= 2643);
}

bool isDate(int year, int month, int day)
{
    if (!isYear(year))
        return false;
    return QDate(year > 2400 ? year - 543 : year, month, day).isValid();
}

// Eight digits that read as a date, with or without separators:
// DDMMYYYY, MMDDYYYY or YYYYMMDD (birthdays are a favourite).
bool isDateText(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9./ -]+$"));
    if (!shape.match(text).hasMatch())
        return false;
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[./ -]")));
    if (digits.size() != 8)
        return false;
    const int a = digits.left(2).toInt();
    const int b = digits.mid(2, 2).toInt();
    const int lastYear = digits.right(4).toInt();
    const int firstYear = digits.left(4).toInt();
    return isDate(lastYear, b, a) || isDate(lastYear, a, b)
            || isDate(firstYear, digits.mid(4, 2).toInt(), digits.right(2).toInt());
}

// Titles that are not a person's own name.
bool isTitle(const QString &part)
{
    static const QSet<QString> titles{
            QStringLiteral("นาย"),    QStringLiteral("นาง"),  QStringLiteral("นางสาว"), QStringLiteral("น.ส."),
            QStringLiteral("ครู"),     QStringLiteral("ด.ช."), QStringLiteral("ด.ญ."),   QStringLiteral("เด็กชาย"),
            QStringLiteral("เด็กหญิง"), QStringLiteral("ดร."),  QStringLiteral("mr"),     QStringLiteral("mrs"),
            QStringLiteral("ms"),     QStringLiteral("miss"), QStringLiteral("dr"),     QStringLiteral("mr."),
            QStringLiteral("mrs."),   QStringLiteral("ms."),  QStringLiteral("dr.")};
    return titles.contains(part);
}

// The user name and the parts of the name, each at least three characters,
// lower case; a Thai name written after its title with no space
// ("นางสาวมาลี") counts without the title too.
QStringList ownNames(const PasswordOwner &owner)
{
    QStringList names;
    const QString username = owner.username.trimmed().toLower();
    if (username.size() >= 3)
        names << username;
    static const QRegularExpression separators(QStringLiteral("[\\s.,()]+"));
    const QStringList parts = owner.displayName.toLower().split(separators, Qt::SkipEmptyParts);
    for (QString part : parts) {
        for (const QString &title : {QStringLiteral("นางสาว"), QStringLiteral("นาง"), QStringLiteral("นาย"),
                                     QStringLiteral("เด็กชาย"), QStringLiteral("เด็กหญิง")})
            if (part.startsWith(title) && part.size() - title.size() >= 3) {
                part = part.mid(title.size());
                break;
            }
        if (part.size() >= 3 && !isTitle(part))
            names << part;
    }
    return names;
}

}  // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    return listed(password);
}

int PasswordPolicy::commonCount()
{
    return int(commonPasswords().size());
}

Status PasswordPolicy::check(const QString &password, const PasswordOwner &owner, const QString &field)
{
    if (password.size() < kMinimumLength)
        return Error{tr("The password must have at least %1 characters.").arg(kMinimumLength), field, {}};
    if (password.size() > kMaximumLength)
        return Error{tr("The password must have at most %1 characters.").arg(kMaximumLength), field, {}};
    if (isCommon(password))
        return Error{tr("This password is on the list of the most common passwords, which are tried first by "
                        "anyone guessing. Choose another one; a short sentence is easy to remember."),
                     field,
                     {}};
    const QStringList forms = asTyped(password);
    for (const QString &form : forms) {
        if (isRepeated(form) || isRun(form))
            return Error{tr("This password is a run or a repeat of keys (like 12345678, abcdefgh, qwertyui or "
                            "11111111) and is guessed at once. Choose another one."),
                         field,
                         {}};
        if (isDateText(form))
            return Error{tr("This password is a date, which is easy to guess (a birthday often is). Choose "
                            "another one."),
                         field,
                         {}};
    }
    const QStringList names = ownNames(owner);
    for (const QString &name : names) {
        const QStringList typed = asTyped(name);
        for (const QString &form : forms)
            for (const QString &nameForm : typed)
                if (form.contains(nameForm))
                    return Error{tr("The password contains the user name or a part of the person's name (“%1”), "
                                    "which others know. Choose one without it.")
                                         .arg(name),
                                 field,
                                 {}};
    }
    return {};
}

}  // namespace care
