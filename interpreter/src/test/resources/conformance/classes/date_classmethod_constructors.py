class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"month {m} out of range")
        if not 1 <= d <= self.days_in(y, m):
            raise ValueError(f"day {d} out of range for {y}-{m:02d}")
        self.y, self.m, self.d = y, m, d
    @staticmethod
    def leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def days_in(cls, y, m):
        return 29 if m == 2 and cls.leap(y) else cls.DAYS[m - 1]
    @classmethod
    def parse(cls, s):
        try:
            y, m, d = map(int, s.split("-"))
        except ValueError:
            raise ValueError(f"bad date string {s!r}") from None
        return cls(y, m, d)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}-{self.m:02d}-{self.d:02d})"
    def next_day(self):
        y, m, d = self.y, self.m, self.d + 1
        if d > self.days_in(y, m):
            d, m = 1, m + 1
            if m > 12:
                m, y = 1, y + 1
        return type(self)(y, m, d)

class BizDate(Date):
    def next_day(self):
        nxt = super().next_day()
        return nxt

print(Date.parse("2024-02-28").next_day(), Date.parse("2023-02-28").next_day())
print(Date(1999, 12, 31).next_day(), BizDate.parse("2000-02-29"), type(BizDate.parse("2000-01-01").next_day()).__name__)
for s in ["2023-02-29", "2024-13-01", "2024/01/01", "1900-02-29"]:
    try:
        print(Date.parse(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(Date.leap(2000), Date.leap(1900), Date(2024, 1, 1).leap(2024), BizDate.days_in(2024, 2))
