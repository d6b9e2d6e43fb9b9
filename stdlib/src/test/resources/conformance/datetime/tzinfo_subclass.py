from datetime import datetime, timedelta, tzinfo, timezone

ZERO = timedelta(0)
HOUR = timedelta(hours=1)

class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._offset = timedelta(minutes=minutes)
        self._name = name
    def utcoffset(self, dt):
        return self._offset
    def tzname(self, dt):
        return self._name
    def dst(self, dt):
        return ZERO
    def __repr__(self):
        return f"Fixed({self._name})"

def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt

class USEastern(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 2))
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return HOUR
        return ZERO
    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

f = Fixed(330, "IST")
d = datetime(2024, 1, 15, 10, tzinfo=f)
print(d, repr(d), d.tzname(), d.utcoffset(), d.dst(), d.strftime("%H:%M %Z %z"))
print(d.astimezone(timezone.utc), d.timestamp(), d.astimezone(Fixed(-60, "X")))
e = USEastern()
for m in [1, 3, 6, 11, 12]:
    x = datetime(2024, m, 10, 12, tzinfo=e)
    print(x, x.tzname(), x.utcoffset(), x.dst(), x.astimezone(timezone.utc))
u = datetime(2024, 7, 1, 16, tzinfo=timezone.utc)
print(u.astimezone(e), u.astimezone(e).tzname())
print(e.fromutc(datetime(2024, 7, 1, 16, tzinfo=e)))
print(isinstance(f, tzinfo), isinstance(timezone.utc, tzinfo), issubclass(timezone, tzinfo))

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

class Big(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)

class Nothing(tzinfo):
    pass

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("bad", lambda: datetime(2020, 1, 1, tzinfo=Bad()).utcoffset())
attempt("big", lambda: datetime(2020, 1, 1, tzinfo=Big()).isoformat())
attempt("nothing offset", lambda: datetime(2020, 1, 1, tzinfo=Nothing()).utcoffset())
attempt("nothing name", lambda: datetime(2020, 1, 1, tzinfo=Nothing()).tzname())
attempt("nothing dst", lambda: datetime(2020, 1, 1, tzinfo=Nothing()).dst())
attempt("base", lambda: tzinfo().utcoffset(None))
attempt("fromutc other", lambda: f.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
print(repr(datetime(2020, 1, 1, tzinfo=Nothing()).replace(tzinfo=None)))
