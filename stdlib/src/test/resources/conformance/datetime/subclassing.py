from datetime import datetime, date, timedelta

class MyDate(date):
    def describe(self):
        return f"{self.year}/{self.month}/{self.day}"

class Stamp(datetime):
    label = "stamp"
    def pretty(self):
        return self.strftime("%d %b %Y %H:%M")

m = MyDate(2024, 5, 17)
print(m, repr(m), m.describe(), isinstance(m, date), type(m).__name__)
print(repr(m + timedelta(days=1)), type(m + timedelta(days=1)).__name__, type(m - timedelta(1)).__name__)
print(repr(m.replace(day=1)), m == date(2024, 5, 17), m - date(2024, 1, 1))
s = Stamp(2024, 5, 17, 8, 30)
print(s, repr(s), s.pretty(), s.label, (s + timedelta(hours=2)).pretty())
print(type(Stamp.fromisoformat("2024-01-01T00:00")).__name__, type(Stamp.strptime("2024", "%Y")).__name__,
      type(Stamp.combine(date(2020, 1, 1), datetime(2020, 1, 1).time())).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-02-02")).__name__)
print(s - datetime(2024, 5, 17), sorted([s, datetime(2024, 5, 17, 9)]))
s.extra = 5
print(s.extra)
class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600
sp = Span(hours=5)
print(repr(sp), sp.hours(), repr(sp + sp), type(sp * 2).__name__)
