# A small world clock for a fixed meeting time, with working-hours checks.
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta

cities = {"Paris": "Europe/Paris", "New York": "America/New_York", "Kolkata": "Asia/Kolkata",
          "Lord Howe": "Australia/Lord_Howe", "Tokyo": "Asia/Tokyo", "London": "Europe/London"}
meeting = datetime(2023, 6, 20, 14, 0, tzinfo=ZoneInfo("UTC"))
for name, key in cities.items():
    local = meeting.astimezone(ZoneInfo(key))
    ok = 9 <= local.hour < 18 and local.weekday() < 5
    print(f"{name:10} {local:%a %H:%M} {local.tzname():>5} {str(local.utcoffset()):>9} {'ok' if ok else '--'}")
best = []
for h in range(24):
    t = meeting.replace(hour=h)
    score = sum(9 <= t.astimezone(ZoneInfo(k)).hour < 18 for k in cities.values())
    best.append((score, -h))
score, h = max(best)
print("best UTC hour", -h, "covers", score)
flight = datetime(2023, 3, 25, 22, 30, tzinfo=ZoneInfo("America/New_York"))
arrival = flight + timedelta(hours=7, minutes=20)
print(arrival.astimezone(ZoneInfo("Europe/Paris")), arrival.astimezone(ZoneInfo("Europe/Paris")).tzname())
print(sorted(cities, key=lambda c: meeting.astimezone(ZoneInfo(cities[c])).utcoffset()))
