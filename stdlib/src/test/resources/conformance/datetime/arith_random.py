# Seeded random timedelta constructions, scaling and timestamp conversions.
import random
from datetime import timedelta, datetime, date, timezone
random.seed(7)
out = []
for i in range(60):
    kw = {}
    for k in ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]:
        r = random.random()
        if r < 0.3:
            kw[k] = random.randint(-10**6, 10**6)
        elif r < 0.6:
            kw[k] = round(random.uniform(-1000, 1000), random.randint(0, 9))
    try:
        t = timedelta(**kw)
        out.append(repr(t))
        out.append(repr(t * random.uniform(-3, 3)))
        out.append(repr(t / random.uniform(0.1, 7)))
        out.append(repr(t / random.randint(1, 1000)))
        out.append(str(t.total_seconds()))
    except Exception as e:
        out.append(type(e).__name__ + str(e))
for i in range(60):
    ts = random.uniform(-2e9, 4e9)
    if i % 3 == 0:
        ts = round(ts, random.randint(0, 7))
    d = datetime.fromtimestamp(ts, timezone.utc)
    out.append(f"{ts!r} {d!r} {d.timestamp()!r} {datetime.utcfromtimestamp(ts)!r}")
    n = datetime(random.randint(1, 9999), random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59), random.randint(0, 59), random.randint(0, 999999))
    out.append(f"{n.timestamp() if n.year > 1 else 0!r} {n.isocalendar()} {n.strftime('%G %V %U %W %j %a')} {n.toordinal()}")
print("\n".join(out))
