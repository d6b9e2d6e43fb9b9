# Parse timestamped log lines, bucket them per hour and report gaps and rates.
from datetime import datetime, timedelta, timezone
from collections import Counter

LINES = """\
2024-03-10T23:58:12.250+01:00 INFO start
2024-03-10T23:59:59.999+01:00 WARN slow
2024-03-11T00:00:00.000+01:00 INFO tick
2024-03-10 23:15:30Z ERROR disk
2024-03-11T00:45:00+01:00 INFO tick
2024-03-11T02:05:07.5-02:00 ERROR net
2024-03-11T04:06:07+00:00 INFO stop""".splitlines()

events = []
for line in LINES:
    stamp, level, msg = line.split(" ", 2) if line[10] == "T" else (line[:20], *line[21:].split(" ", 1))
    when = datetime.fromisoformat(stamp)
    events.append((when.astimezone(timezone.utc), level, msg))
events.sort()
for when, level, msg in events:
    print(when.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], f"{level:5}", msg)
per_hour = Counter(w.replace(minute=0, second=0, microsecond=0) for w, _, _ in events)
for hour, n in sorted(per_hour.items()):
    print(hour.isoformat(), n)
gaps = [(b[0] - a[0], a[2], b[2]) for a, b in zip(events, events[1:])]
longest = max(gaps)
print("longest gap", longest[0], "between", longest[1], "and", longest[2])
span = events[-1][0] - events[0][0]
print("span", span, "rate/hour", round(len(events) / (span / timedelta(hours=1)), 3))
errors = [w for w, lvl, _ in events if lvl == "ERROR"]
print("errors", [e.isoformat(timespec="seconds") for e in errors])
print({e.date(): e.hour for e in errors})
