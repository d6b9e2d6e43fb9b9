from datetime import time, timezone, timedelta

t = time(13, 5, 7, 89)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(time(), repr(time()), time(1), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)))
print(t.isoformat(), t.isoformat("minutes"), t.isoformat(timespec="milliseconds"), t.replace(hour=1))
print(t.strftime("%H:%M:%S.%f %p %I %Y %j %a"), f"{t:%H.%M}", format(t, ""))
a = time(12, tzinfo=timezone(timedelta(hours=2)))
b = time(10, tzinfo=timezone.utc)
print(a == b, a < b, a.utcoffset(), a.tzname(), a.dst(), repr(a), str(a))
print(time(12) == time(12, tzinfo=timezone.utc), time(12) != time(12, tzinfo=timezone.utc))
print(sorted([time(5), time(1, 30), time(23, 59, 59, 999999), time.min]))
print(time.min, time.max, time.resolution, bool(time()), hash(a) == hash(b))
for s in ["03:04", "03", "0304", "03:04:05.123", "03:04:05,1234567Z", "T03:04", "03:04:05+01:00",
          "030405.5-0130", "03:04:05.000001"]:
    print(s, repr(time.fromisoformat(s)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("cmp naive aware", lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt("cmp int", lambda: time(1) < 1)
attempt("add", lambda: time(1) + timedelta(hours=1))
attempt("iso 24", lambda: time.fromisoformat("24:00"))
attempt("iso bad", lambda: time.fromisoformat("3:04"))
attempt("iso empty", lambda: time.fromisoformat(""))
attempt("timespec", lambda: time(1).isoformat("x"))
