from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone

ny = ZoneInfo("America/New_York")
paris = ZoneInfo("Europe/Paris")
# Ambiguous: 01:30 happens twice in New York on 2024-11-03
a0 = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
a1 = a0.replace(fold=1)
print(a0, a0.tzname(), a1, a1.tzname(), a0.utcoffset(), a1.utcoffset(), a0.dst(), a1.dst())
print(a0.astimezone(timezone.utc), a1.astimezone(timezone.utc), a1 - a0, a0 == a1, a0.timestamp(), a1.timestamp())
# Missing: 02:30 does not exist in New York on 2024-03-10
g0 = datetime(2024, 3, 10, 2, 30, tzinfo=ny)
g1 = g0.replace(fold=1)
print(g0, g0.tzname(), g1, g1.tzname(), g0.astimezone(timezone.utc), g1.astimezone(timezone.utc))
print(g0.astimezone(timezone.utc).astimezone(ny), g1.astimezone(timezone.utc).astimezone(ny))
# Paris: 02:30 missing on 2024-03-31 and repeated on 2024-10-27
for d in [datetime(2024, 3, 31, 2, 30), datetime(2024, 10, 27, 2, 30)]:
    for fold in (0, 1):
        x = d.replace(tzinfo=paris, fold=fold)
        print(x, fold, x.tzname(), x.utcoffset(), x.astimezone(timezone.utc), x.timestamp())
# Wall-clock arithmetic versus absolute arithmetic across the change
t = datetime(2024, 3, 30, 12, tzinfo=paris)
print(t + timedelta(days=1), (t + timedelta(days=1)) - t)
print((t.astimezone(timezone.utc) + timedelta(days=1)).astimezone(paris))
u1 = datetime(2024, 10, 27, 0, 30, tzinfo=timezone.utc).astimezone(paris)
u2 = datetime(2024, 10, 27, 1, 30, tzinfo=timezone.utc).astimezone(paris)
print(u1, u1.fold, u2, u2.fold, u1 == u2, u1 < u2, hash(u1) == hash(u2.replace(fold=0)))
print(datetime(2024, 11, 3, 1, 30, tzinfo=ny) == datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc))
print(datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ny) == datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc))
