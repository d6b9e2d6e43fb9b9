# A small realistic program: recurring meetings, business days and durations.
from datetime import date, datetime, time, timedelta, timezone

def business_days(start, end):
    d = start
    while d <= end:
        if d.weekday() < 5:
            yield d
        d += timedelta(days=1)

holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
working = [d for d in business_days(date(2024, 12, 20), date(2025, 1, 6)) if d not in holidays]
print(len(working), [d.strftime("%a %d") for d in working])

def month_ends(year):
    out = []
    for m in range(1, 13):
        first_next = date(year + (m == 12), m % 12 + 1, 1)
        out.append((first_next - timedelta(days=1)).day)
    return out

print(month_ends(2024), month_ends(2023))

meetings = []
t = datetime.combine(date(2024, 3, 1), time(9, 30))
while t.month == 3:
    meetings.append(t)
    t += timedelta(weeks=1)
print([m.strftime("%m-%d %H:%M") for m in meetings])

log = [("2024-03-01T09:00:00", "2024-03-01T11:15:30"), ("2024-03-02T22:45:00", "2024-03-03T01:05:00"),
       ("2024-03-04T08:00:00", "2024-03-04T08:00:01")]
total = timedelta()
for a, b in log:
    span = datetime.fromisoformat(b) - datetime.fromisoformat(a)
    total += span
    print(a[:10], span, f"{span.total_seconds() / 3600:.2f}h")
print("total", total, total // timedelta(minutes=1), "minutes")

by_week = {}
for i in range(20):
    d = date(2024, 1, 1) + timedelta(days=i * 3)
    by_week.setdefault(d.isocalendar().week, []).append(d.day)
print(by_week)

events = [datetime(2024, 5, 1, 12, tzinfo=timezone.utc), datetime(2024, 5, 1, 9, tzinfo=timezone(timedelta(hours=-5))),
          datetime(2024, 5, 1, 15, tzinfo=timezone(timedelta(hours=2)))]
for e in sorted(events):
    print(e.isoformat(), "->", e.astimezone(timezone.utc).strftime("%H:%M UTC"))
age = lambda born, today: today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)), age(date(2000, 2, 29), date(2023, 2, 28)))
