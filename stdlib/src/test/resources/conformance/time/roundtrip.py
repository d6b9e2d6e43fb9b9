import time
from datetime import datetime, timezone

for secs in [0, 1, 59, 3600, 86400 * 365, 951825600, 1234567890, 1700000000, 4102444800, -2208988800, -1e9]:
    t = time.gmtime(secs)
    back = time.mktime(t)
    print(secs, time.strftime("%Y-%m-%d %H:%M:%S %a %j", t), back, back == int(secs) if secs == int(secs) else back)
d = datetime(2024, 7, 14, 6, 30, 15)
tt = d.timetuple()
print(tt, type(tt).__name__, time.mktime(tt), d.timestamp())
print(d.replace(tzinfo=timezone.utc).utctimetuple(), datetime(2024, 7, 14, tzinfo=timezone.utc).timetuple().tm_isdst)
print(datetime(*time.gmtime(1700000000)[:6]), datetime.fromtimestamp(time.mktime(time.gmtime(1700000000))))
print(time.strftime("%A", (2024, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime("%A", (2024, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.strptime("1 2 2024", "%d %m %Y")[:], time.localtime(86400 * 366)[:])
