#include "io/formtype.h"

namespace care {

std::optional<FormType> detectFormType(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return FormType{QStringLiteral("application/pdf"), QStringLiteral("pdf")};
    if (content.startsWith("\xFF\xD8\xFF"))
        return FormType{QStringLiteral("image/jpeg"), QStringLiteral("jpg")};
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return FormType{QStringLiteral("image/png"), QStringLiteral("png")};
    return std::nullopt;
}

}  // namespace care
