# Build a departure table from a fixed epoch and format it several ways.
import time

base = 1718000000
deps = [base + k * 1750 for k in range(8)]
for i, ts in enumerate(deps):
    t = time.gmtime(ts)
    print(f"{i:2d} {time.strftime('%H:%M', t)} {time.strftime('%I:%M %p', t)} {time.strftime('%a %d %b', t)} yday={t.tm_yday}")
buckets = {}
for ts in deps:
    buckets.setdefault(time.gmtime(ts).tm_hour, []).append(time.strftime("%M", time.gmtime(ts)))
print(buckets)
late = [time.strftime("%H:%M", time.gmtime(ts)) for ts in deps if time.gmtime(ts).tm_hour >= 7]
print(late, time.asctime(time.gmtime(deps[-1])))
