# A small program: pay days (last business day of each month) and a meeting grid.
import calendar
from datetime import date, timedelta

def last_business_day(year, month):
    last = calendar.monthrange(year, month)[1]
    d = date(year, month, last)
    while d.weekday() >= calendar.SATURDAY:
        d -= timedelta(days=1)
    return d

print([last_business_day(2024, m).strftime("%d %a") for m in range(1, 13)])

def nth_weekday(year, month, weekday, n):
    days = [d for d, wd in calendar.Calendar().itermonthdays2(year, month) if d and wd == weekday]
    return days[n] if n < len(days) else None

print("Thanksgiving", [nth_weekday(y, 11, calendar.THURSDAY, 3) for y in range(2020, 2027)])
print("last Monday of May", [nth_weekday(2024, 5, calendar.MONDAY, -1)])
counts = {calendar.day_name[i]: 0 for i in range(7)}
for m in range(1, 13):
    for d, wd in calendar.Calendar().itermonthdays2(2024, m):
        if d == 13:
            counts[calendar.day_name[wd]] += 1
print(counts)
leap_years = [y for y in range(1896, 2030) if calendar.isleap(y)]
print(len(leap_years), leap_years[:5], calendar.leapdays(1896, 2030))
print(calendar.month(2024, 2).splitlines()[2])
