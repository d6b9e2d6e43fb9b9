from datetime import datetime, date, time, timedelta, timezone

u = timezone.utc
e = timezone(timedelta(hours=-5))
same = [datetime(2024, 1, 1, 12, tzinfo=u), datetime(2024, 1, 1, 7, tzinfo=e),
        datetime(2024, 1, 1, 13, tzinfo=timezone(timedelta(hours=1), "CET"))]
print(len(set(same)), all(a == b for a in same for b in same), len({hash(x) for x in same}))
d = {}
for x in same:
    d[x] = d.get(x, 0) + 1
print(list(d.values()))
naive = {datetime(2024, 1, 1): "a", date(2024, 1, 1): "b", datetime(2024, 1, 1, 0, 0): "c"}
print(len(naive), naive[date(2024, 1, 1)], naive[datetime(2024, 1, 1)])
times = {time(12, tzinfo=u): 1, time(7, tzinfo=e): 2, time(12): 3}
print(len(times), times[time(12, tzinfo=u)], times[time(12)])
tds = {timedelta(days=1): "d", timedelta(hours=24): "h", timedelta(seconds=86400): "s"}
print(tds)
zones = {timezone.utc: 1, timezone(timedelta(0)): 2, timezone(timedelta(0), "UTC"): 3}
print(zones)
stamps = sorted({datetime(2024, 1, 1) + timedelta(minutes=17 * i) for i in range(8)} | {datetime(2024, 1, 1, 1, 8)})
print([s.strftime("%H:%M") for s in stamps])
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)], reverse=True))
print(sorted(same), min(same).tzinfo, max(same).tzinfo)
