from datetime import *
import datetime as dtm
td = timedelta(days=1, hours=-3, microseconds=5)
print(repr(td), str(td), td.total_seconds(), -td, abs(-td), td*2, td*1.5, td/2, td/td, td//timedelta(hours=1), td%timedelta(hours=5), divmod(td, timedelta(hours=7)))
print(repr(timedelta(0)), repr(timedelta(microseconds=-1)), str(timedelta(microseconds=-1)), timedelta(weeks=1.5, minutes=0.1))
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023,1,1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738944))
print(d.strftime('%c|%x|%X|%p|%j|%U|%W|%a|%A|%b|%B|%Z|%z|%%'), f"{d:%Y/%m/%d}", format(d, ''))
dt = datetime(2024, 3, 5, 14, 7, 9, 12345)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'milliseconds'), dt.timestamp(), dt.ctime())
a = dt.replace(tzinfo=timezone.utc)
print(repr(a), a, a.astimezone(timezone(timedelta(hours=5, minutes=30))), a.timestamp(), a.utcoffset(), a.tzname())
print(datetime.fromisoformat('2020-01-02T03:04:05+05:30'), datetime.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M'))
try:
    datetime.strptime('2024-03-05', '%Y/%m/%d')
except ValueError as e:
    print(type(e).__name__, e)
try:
    dt < a
except TypeError as e:
    print(e)
try:
    dt + 1
except TypeError as e:
    print(e)
print(dt == a, sorted([dt, dt - timedelta(1)]), {a: 1}[datetime(2024,3,5,19,37,9,12345,tzinfo=timezone(timedelta(hours=5,minutes=30)))])
print(dt.timetuple())
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution, time.max, repr(timezone.utc), UTC is timezone.utc)
class D(datetime): pass
x = D(2020,1,1); print(repr(x), repr(x + timedelta(1)), type(x - timedelta(1)).__name__)
class TZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
e = datetime(2024,1,1,12,tzinfo=TZ())
print(e, e.tzname(), e.astimezone(timezone.utc), e.strftime('%Z %z'), e.utcoffset())
print(time(1,2,3), repr(time(1,2,3,4,fold=1)), time.fromisoformat('03:04:05.1234567Z'))
print(dtm.MINYEAR, dtm.MAXYEAR, type(d.isocalendar()).__name__, d.isocalendar().week)
