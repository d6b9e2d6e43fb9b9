from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

UTC = timezone.utc
for key, day in [("Europe/Paris", datetime(2024, 3, 31)), ("Europe/Paris", datetime(2024, 10, 27)),
                 ("America/New_York", datetime(2024, 3, 10)), ("America/New_York", datetime(2024, 11, 3)),
                 ("Australia/Lord_Howe", datetime(2024, 4, 7)), ("Australia/Lord_Howe", datetime(2024, 10, 6))]:
    tz = ZoneInfo(key)
    print("==", key, day.date())
    start = day.replace(tzinfo=tz).astimezone(UTC) - timedelta(hours=2)
    for i in range(10):
        u = start + timedelta(minutes=30 * i)
        local = u.astimezone(tz)
        print(u.strftime("%H:%M UTC"), local, local.tzname(), local.fold, local.dst())
