#include "demo/democalendar.h"

#include "locale/dates.h"

namespace care::demo {
namespace {

bool isWeekday(const QDate &d) { return d.dayOfWeek() <= 5; }

QDate firstWeekdayFrom(QDate d)
{
    while (!isWeekday(d))
        d = d.addDays(1);
    return d;
}

QDate lastWeekdayUntil(QDate d)
{
    while (!isWeekday(d))
        d = d.addDays(-1);
    return d;
}

// Weekdays less about one public holiday in four weeks (Buddhist holy days,
// royal birthdays, New Year): close enough for attendance figures.
int teachingDays(const QDate &from, const QDate &to)
{
    int weekdays = 0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (isWeekday(d))
            ++weekdays;
    return weekdays - weekdays / 20;
}

DemoYear makeYear(int yearBe, const QDate &today)
{
    const int ce = toGregorianYear(yearBe);
    DemoYear y;
    y.yearBe = yearBe;
    y.startsOn = QDate(ce, 5, 16);
    y.endsOn = QDate(ce + 1, 5, 15);
    // Term 1: mid-May to early October; term 2: November to March.
    const std::array<std::pair<QDate, QDate>, 2> spans{{
        {firstWeekdayFrom(QDate(ce, 5, 16)), lastWeekdayUntil(QDate(ce, 10, 9))},
        {firstWeekdayFrom(QDate(ce, 11, 1)), lastWeekdayUntil(QDate(ce + 1, 3, 31))},
    }};
    for (int i = 0; i < 2; ++i) {
        DemoTerm &t = y.terms[i];
        t.number = i + 1;
        t.startsOn = spans[i].first;
        t.endsOn = spans[i].second;
        t.schoolDays = teachingDays(t.startsOn, t.endsOn);
        t.elapsedDays = today < t.startsOn ? 0 : teachingDays(t.startsOn, std::min(today, t.endsOn));
    }
    return y;
}

} // namespace

DemoCalendar DemoCalendar::forYear(int currentYearBe)
{
    DemoCalendar c;
    const int ce = toGregorianYear(currentYearBe);
    c.nowUtc = QDateTime(QDate(ce, 11, 20), QTime(2, 0), Qt::UTC);  // 09:00 in Thailand (UTC+7)
    const QDate today = c.today();
    c.years[0] = makeYear(currentYearBe - 1, today);
    c.years[1] = makeYear(currentYearBe, today);
    return c;
}

QDate DemoCalendar::today() const
{
    return nowUtc.addSecs(7 * 3600).date();  // Thai calendar day, whatever the machine's zone
}

int academicYearRunningOn(const QDate &today)
{
    const int yearBe = toBuddhistYear(today.year());
    return today < QDate(today.year(), 5, 16) ? yearBe - 1 : yearBe;
}

} // namespace care::demo
