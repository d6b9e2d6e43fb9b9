from datetime import date, timedelta

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), tuple(d.isocalendar()))
print(d.isoformat(), str(d), d.ctime(), d.timetuple())
print(d.replace(day=1), d.replace(year=2028), d.replace(month=3, day=31))
print(date.fromordinal(1), date.fromordinal(3652059), date.fromordinal(d.toordinal()))
print(date.min, date.max, date.resolution, repr(date.min))
for s in ["2024-02-29", "20240229", "2024-W09", "2024-W09-4", "2024W094", "2024W09"]:
    print(s, repr(date.fromisoformat(s)))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1), date.fromisocalendar(1, 1, 1))
print(date.fromtimestamp(0), date.fromtimestamp(1700000000), date.fromtimestamp(-86400.5))
for y in [1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999]:
    dd = date(y, 12, 31)
    print(y, dd.toordinal(), dd.isocalendar(), dd.weekday(), dd.timetuple().tm_yday)
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2020, 53, 7))
y, w, wd = date(2026, 11, 23).isocalendar()
print(y, w, wd)
