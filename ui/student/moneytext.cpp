#include "student/moneytext.h"

#include "locale/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace care::ui {

struct MoneyText {
    Q_DECLARE_TR_FUNCTIONS(MoneyText)
};

QString formatBaht(double amount)
{
    const QLocale locale = localeFor(currentLanguage());
    return MoneyText::tr("%1 baht").arg(locale.toString(std::round(amount), 'f', 0));
}

} // namespace care::ui
