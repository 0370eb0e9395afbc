// Codes and translated names of consent purposes and decisions (declared in
// consentservice.h): the codes are what the consent table stores.
#include "services/consentservice.h"

#include <QCoreApplication>

namespace care {

struct ConsentLabelText {
    Q_DECLARE_TR_FUNCTIONS(ConsentLabelText)
};

namespace {

const QList<std::pair<ConsentPurpose, const char *>> kPurposeCodes{
    {ConsentPurpose::Screening, "screening"},
    {ConsentPurpose::Referral, "referral"},
    {ConsentPurpose::HealthSharing, "health_sharing"},
    {ConsentPurpose::LineNotices, "line_notices"},
};

} // namespace

QString code(ConsentPurpose p)
{
    for (const auto &[value, text] : kPurposeCodes)
        if (value == p)
            return QLatin1String(text);
    return {};
}

QString code(ConsentDecision d)
{
    return d == ConsentDecision::Given ? QStringLiteral("given") : QStringLiteral("withdrawn");
}

QString label(ConsentPurpose p)
{
    switch (p) {
    case ConsentPurpose::Screening: return ConsentLabelText::tr("Screening");
    case ConsentPurpose::Referral: return ConsentLabelText::tr("Referral");
    case ConsentPurpose::HealthSharing: return ConsentLabelText::tr("Sharing with health staff");
    case ConsentPurpose::LineNotices: return ConsentLabelText::tr("LINE notices");
    }
    return {};
}

QString label(ConsentDecision d)
{
    return d == ConsentDecision::Given ? ConsentLabelText::tr("Given") : ConsentLabelText::tr("Withdrawn");
}

std::optional<ConsentPurpose> consentPurposeFromCode(const QString &text)
{
    for (const auto &[value, name] : kPurposeCodes)
        if (text == QLatin1String(name))
            return value;
    return std::nullopt;
}

} // namespace care
