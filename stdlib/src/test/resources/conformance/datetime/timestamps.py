from datetime import datetime, date, timezone, timedelta

for ts in [0, 1, -1, 1700000000, 1700000000.5, 1e9, -1e9, 0.0000005, 0.0000015, 1.9999999, -0.4, 253402300799]:
    print(ts, datetime.utcfromtimestamp(ts), datetime.fromtimestamp(ts, timezone.utc), datetime.fromtimestamp(ts))
tz = timezone(timedelta(hours=-7))
print(datetime.fromtimestamp(1700000000, tz), datetime.fromtimestamp(1700000000, tz=timezone.utc).timestamp())
for d in [datetime(1970, 1, 1), datetime(2000, 1, 1, 12, 30, 0, 500000), datetime(9999, 12, 31, 23, 59, 59, 999999),
          datetime(2024, 2, 29, tzinfo=timezone.utc), datetime(2024, 2, 29, tzinfo=tz), datetime(1969, 12, 31, 23, 59, 59, 999999)]:
    print(repr(d), d.timestamp())
print(date.fromtimestamp(86399), date.fromtimestamp(86400))
rt = datetime(2023, 8, 1, 10, 20, 30, 123456, tzinfo=timezone.utc)
print(datetime.fromtimestamp(rt.timestamp(), timezone.utc) == rt)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("too far", lambda: datetime.utcfromtimestamp(253402300800))
attempt("too early", lambda: datetime.fromtimestamp(-62135596801))
attempt("tz type", lambda: datetime.fromtimestamp(0, 5))
attempt("inf", lambda: datetime.fromtimestamp(float("inf")))
print(datetime.utcfromtimestamp(-62135596800))
