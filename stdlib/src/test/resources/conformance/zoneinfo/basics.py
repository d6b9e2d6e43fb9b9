from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones
from datetime import datetime, timedelta, timezone, tzinfo

z = ZoneInfo("Europe/Paris")
print(repr(z), str(z), z.key, z is ZoneInfo("Europe/Paris"), ZoneInfo.no_cache("Europe/Paris") is z, isinstance(z, tzinfo))
for key in ["America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC", "Europe/London", "Asia/Tokyo"]:
    tz = ZoneInfo(key)
    for month in (1, 7):
        d = datetime(2023, month, 15, 12, tzinfo=tz)
        print(key, d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc))
print(z.utcoffset(None), z.dst(None), z.tzname(None), ZoneInfo("UTC").utcoffset(None), ZoneInfo("UTC").tzname(None))
avail = available_timezones()
print(type(avail).__name__, "Europe/Paris" in avail, "UTC" in avail, "America/New_York" in avail, "Foo/Bar" in avail, len(avail) > 300)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, KeyError))

attempt("missing", lambda: ZoneInfo("Foo/Bar"))
attempt("case", lambda: ZoneInfo("europe/paris"))
attempt("dotdot", lambda: ZoneInfo("../etc/passwd"))
attempt("abs", lambda: ZoneInfo("/etc/localtime"))
attempt("empty", lambda: ZoneInfo(""))
attempt("unnormalized", lambda: ZoneInfo("Europe/../Europe/Paris"))
attempt("int", lambda: ZoneInfo(5))
attempt("fromutc naive", lambda: z.fromutc(datetime(2020, 1, 1)))
attempt("fromutc type", lambda: z.fromutc(5))
try:
    ZoneInfo("Nowhere/City")
except ZoneInfoNotFoundError as e:
    print("caught", e.args)
print(issubclass(ZoneInfoNotFoundError, KeyError))
