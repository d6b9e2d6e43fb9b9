from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

zones = [ZoneInfo(k) for k in ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"]]
for ts in [0, 1000000000, 1700000000, 1711846800, 1730595600]:
    print(ts, [str(datetime.fromtimestamp(ts, z)) for z in zones])
for z in zones:
    d = datetime(2024, 6, 1, 8, 15, tzinfo=z)
    print(z, d.timestamp(), datetime.fromtimestamp(d.timestamp(), z) == d, d.isoformat(), d.strftime("%Y-%m-%d %H:%M %Z %z"))
print(datetime(2024, 1, 1, tzinfo=zones[0]) - datetime(2024, 1, 1, tzinfo=zones[1]))
print(datetime(2024, 7, 1, tzinfo=zones[0]) - datetime(2024, 1, 1, tzinfo=zones[0]))
n = datetime.now(zones[2])
print(n.tzinfo is zones[2], n.utcoffset())
same = {datetime(2024, 5, 5, 12, tzinfo=timezone.utc), datetime(2024, 5, 5, 14, tzinfo=zones[0]), datetime(2024, 5, 5, 17, 30, tzinfo=zones[2])}
print(len(same))
print(sorted([datetime(2024, 5, 5, 9, tzinfo=z) for z in zones]))
