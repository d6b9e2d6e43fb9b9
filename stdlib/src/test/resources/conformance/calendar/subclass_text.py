import calendar

class Marked(calendar.TextCalendar):
    def __init__(self, marks, firstweekday=0):
        super().__init__(firstweekday)
        self.marks = marks
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        if day in self.marks:
            s = s[:-1] + "*"
        return s

m = Marked({1, 14, 29}, calendar.SUNDAY)
print(m.formatmonth(2024, 2))
m.prmonth(2024, 3)

class Short(calendar.TextCalendar):
    def formatweekday(self, day, width):
        return "MTWTFSS"[day].center(width)
    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return f"== {themonth}/{theyear} ==".center(width)

print(Short().formatmonth(2025, 1))
print(Short(6).formatyear(2025, m=4)[:400])

class Weeks(calendar.Calendar):
    def weeks_with(self, year, month, weekday):
        return [w for w in self.monthdays2calendar(year, month) if any(d and wd == weekday for d, wd in w)]

print(len(Weeks().weeks_with(2024, 2, calendar.THURSDAY)))
