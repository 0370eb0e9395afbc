#include "util/result.h"

#include <QCoreApplication>

namespace care {

QString Error::describe() const
{
    QString text = message;
    if (!location.isEmpty())
        text += QStringLiteral(" [%1]").arg(location);
    if (!field.isEmpty())
        text += QStringLiteral(" (%1)").arg(field);
    return text;
}

} // namespace care
