from datetime import datetime, timedelta, timezone, UTC

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=30)),
         timezone(timedelta(hours=-8), "PST"), timezone(timedelta(minutes=-90)),
         timezone(timedelta(seconds=3725)), timezone(timedelta(microseconds=-1)),
         timezone.min, timezone.max, timezone(timedelta(0), "Z")]
for z in zones:
    print(repr(z), "|", str(z), "|", z.tzname(None), z.utcoffset(None), z.dst(None))
print(UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0)) == timezone.utc)
print(timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1), "B"))
print(hash(timezone(timedelta(hours=1), "A")) == hash(timezone(timedelta(hours=1))))
d = datetime(2024, 6, 1, 12, 30, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(d, d.tzname(), d.utcoffset(), d.dst(), d.isoformat(), d.timestamp())
print(d.astimezone(timezone.utc), d.astimezone(timezone(timedelta(hours=9))))
print(d.astimezone(), repr(d.astimezone().tzinfo))
print(datetime(2024, 6, 1, 12, 30).astimezone(), datetime(2024, 6, 1).astimezone(timezone.utc))
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)))
z = timezone(timedelta(hours=3))
print(z.fromutc(datetime(2020, 1, 1, 22, tzinfo=z)))
print(d.strftime("%z %Z"), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=3725))).strftime("%z"))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(microseconds=-1))).isoformat())
print(sorted(zones[:5], key=lambda z: z.utcoffset(None)))
