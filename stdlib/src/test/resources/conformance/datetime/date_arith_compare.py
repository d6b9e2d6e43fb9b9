from datetime import date, timedelta, datetime

a = date(2023, 12, 31)
print(a + timedelta(days=1), timedelta(days=60) + a, a - timedelta(days=365), a - date(2000, 1, 1))
print(a + timedelta(hours=23), a + timedelta(hours=25), a - timedelta(seconds=1))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1))
print(a < date(2024, 1, 1), a == date(2023, 12, 31), a != date(2023, 12, 31), a >= a, a > date.min)
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 15)]))
print(max(date(2020, 5, 1), date(2021, 1, 1)), min([date(2020, 5, 1), date(2021, 1, 1)]))
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), len({date(2020, 1, 1), date(2020, 1, 1)}))
days = {}
for i in range(10):
    dd = date(2024, 1, 28) + timedelta(days=i)
    days.setdefault(dd.month, []).append(dd.day)
print(days)
print(date(2020, 1, 1) == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1))
print(date(2020, 1, 1) == "2020-01-01", date(2020, 1, 1) != 5)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("lt datetime", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
attempt("gt datetime", lambda: datetime(2020, 1, 1) > date(2020, 1, 1))
attempt("lt int", lambda: date(2020, 1, 1) < 3)
attempt("add int", lambda: date(2020, 1, 1) + 1)
attempt("add date", lambda: date(2020, 1, 1) + date(2020, 1, 1))
attempt("sub int", lambda: date(2020, 1, 1) - 1)
attempt("sub datetime", lambda: date(2020, 1, 1) - datetime(2020, 1, 1))
attempt("max+1", lambda: date.max + timedelta(1))
attempt("min-1", lambda: date.min - timedelta(1))
attempt("big", lambda: date.min + timedelta.max)
attempt("td-date", lambda: timedelta(1) - date(2020, 1, 1))
