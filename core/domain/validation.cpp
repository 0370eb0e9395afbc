#include "domain/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace care {

struct ValidationText {
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};

namespace {

bool allDigits(const QString &text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

Error fieldError(const QString &field, const QString &message)
{
    return Error{message, field, {}};
}

} // namespace

QString normalizeCitizenId(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        // Thai digits ๐-๙ are sometimes typed on a Thai keyboard.
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
            c = QChar(u'0' + (c.unicode() - 0x0E50));
        out += c;
    }
    if (out.startsWith(QLatin1Char('g')))
        out[0] = QLatin1Char('G');
    return out;
}

int nationalIdCheckDigit(const QString &first12Digits)
{
    if (first12Digits.size() != 12 || !allDigits(first12Digits))
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += first12Digits.at(i).digitValue() * (13 - i);
    return (11 - sum % 11) % 10;
}

Status validateNationalId(const QString &input)
{
    const QString id = normalizeCitizenId(input);
    if (id.isEmpty())
        return Error{ValidationText::tr("The national ID number is empty."), QStringLiteral("citizenId"), {}};
    if (!allDigits(id))
        return Error{ValidationText::tr("A national ID number may contain only digits."),
                     QStringLiteral("citizenId"), {}};
    if (id.size() != 13)
        return Error{ValidationText::tr("A national ID number has 13 digits; this one has %n.", nullptr,
                                        int(id.size())),
                     QStringLiteral("citizenId"), {}};
    const int expected = nationalIdCheckDigit(id.left(12));
    if (expected != id.at(12).digitValue())
        return Error{ValidationText::tr("The check digit is wrong: the last digit should be %1. "
                                        "Please re-check the number on the ID card.")
                         .arg(expected),
                     QStringLiteral("citizenId"), {}};
    return {};
}

Status validateGCode(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("^G[0-9]{12}$"));
    const QString id = normalizeCitizenId(input);
    if (!pattern.match(id).hasMatch())
        return Error{ValidationText::tr("A G-code is the letter G followed by 12 digits."),
                     QStringLiteral("citizenId"), {}};
    return {};
}

Result<IdKind> classifyCitizenId(const QString &input)
{
    const QString id = normalizeCitizenId(input);
    if (id.startsWith(QLatin1Char('G'))) {
        if (auto s = validateGCode(id); !s)
            return s.error();
        return IdKind::GCode;
    }
    if (auto s = validateNationalId(id); !s)
        return s.error();
    return IdKind::NationalId;
}

QString formatCitizenId(const QString &normalized)
{
    if (normalized.size() != 13 || !allDigits(normalized))
        return normalized;
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(normalized.mid(0, 1), normalized.mid(1, 4), normalized.mid(5, 5),
             normalized.mid(10, 2), normalized.mid(12, 1));
}

QList<Error> validateStudent(const Student &s, const QDate &today)
{
    QList<Error> errors;
    if (s.schoolId.isEmpty())
        errors << fieldError(QStringLiteral("schoolId"), ValidationText::tr("Choose the student's school."));
    switch (s.idKind) {
    case IdKind::NationalId:
        if (auto st = validateNationalId(s.citizenId); !st)
            errors << st.error();
        break;
    case IdKind::GCode:
        if (auto st = validateGCode(s.citizenId); !st)
            errors << st.error();
        break;
    case IdKind::None:
        if (!s.citizenId.trimmed().isEmpty())
            errors << fieldError(QStringLiteral("citizenId"),
                                 ValidationText::tr("An ID number was entered but the ID type is "
                                                    "\"no ID number\"."));
        break;
    }
    if (s.firstNameTh.trimmed().isEmpty() && s.firstNameEn.trimmed().isEmpty())
        errors << fieldError(QStringLiteral("firstNameTh"), ValidationText::tr("The first name is required."));
    if (s.lastNameTh.trimmed().isEmpty() && s.lastNameEn.trimmed().isEmpty())
        errors << fieldError(QStringLiteral("lastNameTh"), ValidationText::tr("The last name is required."));
    if (!s.studentNumber.isEmpty() && !allDigits(s.studentNumber.trimmed()))
        errors << fieldError(QStringLiteral("studentNumber"),
                             ValidationText::tr("The student number may contain only digits."));
    if (!s.birthDate.isValid())
        errors << fieldError(QStringLiteral("birthDate"), ValidationText::tr("The birth date is required."));
    else if (s.birthDate > today)
        errors << fieldError(QStringLiteral("birthDate"),
                             ValidationText::tr("The birth date is in the future."));
    else if (s.birthDate < today.addYears(-30))
        errors << fieldError(QStringLiteral("birthDate"),
                             ValidationText::tr("The birth date makes the student older than 30; "
                                                "check the year (Buddhist Era years are 543 more "
                                                "than Christian Era years)."));
    if (!s.address.postcode.isEmpty()
        && (s.address.postcode.size() != 5 || !allDigits(s.address.postcode)))
        errors << fieldError(QStringLiteral("postcode"), ValidationText::tr("A postcode has 5 digits."));
    return errors;
}

QList<Error> validateGuardian(const Guardian &g)
{
    QList<Error> errors;
    if (g.firstName.trimmed().isEmpty())
        errors << fieldError(QStringLiteral("firstName"),
                             ValidationText::tr("The guardian's first name is required."));
    if (!g.citizenId.trimmed().isEmpty()) {
        if (auto st = validateNationalId(g.citizenId); !st)
            errors << st.error();
    }
    if (!g.phone.trimmed().isEmpty()) {
        QString digits = g.phone;
        digits.remove(QRegularExpression(QStringLiteral("[\\s\\-()+]")));
        if (!allDigits(digits) || digits.size() < 9 || digits.size() > 12)
            errors << fieldError(QStringLiteral("phone"),
                                 ValidationText::tr("The phone number should have 9 or 10 digits, "
                                                    "e.g. 081-234-5678."));
    }
    return errors;
}

QList<Error> validateHousehold(const Household &h)
{
    QList<Error> errors;
    if (h.memberCount < 1 || h.memberCount > 30)
        errors << fieldError(QStringLiteral("memberCount"),
                             ValidationText::tr("A household has between 1 and 30 members."));
    if (h.monthlyIncomeBaht && (*h.monthlyIncomeBaht < 0 || *h.monthlyIncomeBaht > 10'000'000))
        errors << fieldError(QStringLiteral("monthlyIncomeBaht"),
                             ValidationText::tr("The monthly income must be between 0 and "
                                                "10,000,000 baht."));
    return errors;
}

} // namespace care
