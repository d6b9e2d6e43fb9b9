# A small program: timing a task with perf_counter, formatting durations and a timestamp table.
import time

def fmt_duration(seconds):
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"

start = time.perf_counter()
total = sum(i * i for i in range(20000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 30)
for secs in [0, 59, 61, 3600, 3661, 86399, 90061]:
    print(secs, fmt_duration(secs))
events = [(1700000000, "deploy"), (1700003600, "rollback"), (1700090000, "deploy")]
for ts, what in events:
    t = time.gmtime(ts)
    print(time.strftime("%a %d %b %Y %H:%M", t), what, t.tm_yday, t.tm_wday)
by_day = {}
for ts, what in events:
    by_day.setdefault(time.strftime("%Y-%m-%d", time.gmtime(ts)), []).append(what)
print(by_day)
print([time.strftime("%H:%M", time.gmtime(1700000000 + 900 * k)) for k in range(6)])
print(time.mktime(time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")))
