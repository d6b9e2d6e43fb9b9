from datetime import timedelta

cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=-1),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(hours=25, minutes=61, seconds=61),
    timedelta(weeks=2, days=3),
    timedelta(milliseconds=1500),
    timedelta(days=1.5),
    timedelta(seconds=0.5, microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5),
    timedelta(hours=-1.25),
    timedelta(days=999999999),
    timedelta(days=-999999999),
    timedelta(True, False),
]
for t in cases:
    print(repr(t), "|", str(t), "|", t.days, t.seconds, t.microseconds, "|", t.total_seconds())

print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
print(bool(timedelta()), bool(timedelta(microseconds=1)))
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) != timedelta(1))
print(timedelta(1) == 1, timedelta(0) == 0, timedelta(1) in [timedelta(days=1)])
print(hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(sorted([timedelta(3), timedelta(-1), timedelta(seconds=5), timedelta()]))
print(max(timedelta(1), timedelta(hours=30)), min(timedelta(1), timedelta(hours=30)))
d = {timedelta(minutes=1): "a", timedelta(seconds=60): "b"}
print(d)
