from datetime import datetime, timedelta, tzinfo, timezone

class Zone(tzinfo):
    """Standard offset +1h, daylight +2h from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC."""
    def _bounds(self, year):
        def last_sunday(month):
            d = datetime(year, month + 1, 1) - timedelta(days=1)
            return d - timedelta(days=(d.weekday() + 1) % 7)
        start = last_sunday(3).replace(hour=2)
        end = last_sunday(10).replace(hour=3)
        return start, end
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        start, end = self._bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(hours=0) if dt.fold else timedelta(hours=1)
        return timedelta(0)
    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"

z = Zone()
a = datetime(2024, 10, 27, 2, 30, tzinfo=z)
b = a.replace(fold=1)
print(a, a.tzname(), b, b.tzname(), repr(b.replace(tzinfo=timezone.utc)))
print(a == b, a.utcoffset(), b.utcoffset(), a.astimezone(timezone.utc), b.astimezone(timezone.utc))
print(a.astimezone(timezone.utc) == a, b.astimezone(timezone.utc) == b, a.astimezone(timezone.utc) == b)
print(hash(a) == hash(b), b.fold, a.fold, (b + timedelta(0)).fold, b.replace(tzinfo=None) == a.replace(tzinfo=None))
for h in range(0, 5):
    t = datetime(2024, 10, 27, h, tzinfo=timezone.utc).astimezone(z)
    print(h, t, t.fold, t.tzname())
print(b.time(), repr(b.time()), b.timetz().fold, b.timestamp() - a.timestamp())
