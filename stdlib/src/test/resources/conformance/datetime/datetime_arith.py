from datetime import datetime, timedelta, timezone

a = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(a + timedelta(microseconds=1), a - timedelta(days=365, hours=1), timedelta(hours=1) + a)
print(a - datetime(2023, 1, 1), datetime(2023, 1, 1) - a, a - a)
print(datetime(2024, 3, 10, 1, 30) + timedelta(hours=1))
print(datetime(2020, 2, 28, 12) + timedelta(days=1, hours=12))
start = datetime(2024, 1, 31, 8)
for i in range(4):
    print((start + timedelta(weeks=i)).strftime("%Y-%m-%d %a"))
u = timezone.utc
p = timezone(timedelta(hours=2))
x = datetime(2024, 5, 1, 12, tzinfo=u)
y = datetime(2024, 5, 1, 14, tzinfo=p)
print(x == y, x - y, y - x, x < y, hash(x) == hash(y), x + timedelta(hours=1))
print(y - datetime(2024, 5, 1, tzinfo=u), (y + timedelta(days=1)).tzinfo)
print(sorted([y, x - timedelta(minutes=1), x + timedelta(minutes=1)]))
print(len({x, y, x.astimezone(timezone(timedelta(hours=-3)))}))
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), hash(datetime(2024, 1, 1, fold=1)) == hash(datetime(2024, 1, 1)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

naive = datetime(2024, 5, 1, 12)
attempt("naive-aware", lambda: naive - x)
attempt("aware-naive", lambda: x - naive)
attempt("naive<aware", lambda: naive < x)
attempt("naive==aware", lambda: naive == x)
attempt("naive!=aware", lambda: naive != x)
attempt("max+1us", lambda: datetime.max + timedelta(microseconds=1))
attempt("min-1us", lambda: datetime.min - timedelta(microseconds=1))
attempt("big td", lambda: datetime(2000, 1, 1) + timedelta.max)
attempt("add dt", lambda: naive + naive)
attempt("sub int", lambda: naive - 1)
attempt("lt str", lambda: naive < "x")
attempt("td-dt", lambda: timedelta(1) - naive)
attempt("min aware-", lambda: datetime.min.replace(tzinfo=timezone(timedelta(hours=1))) - datetime.max.replace(tzinfo=timezone(timedelta(hours=-1))))
