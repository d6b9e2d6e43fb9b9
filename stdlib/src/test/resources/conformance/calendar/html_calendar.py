import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2023, 10))
print(h.formatyear(2024, 4))
print(repr(h.formatday(0, 1)), repr(h.formatday(5, 2)), repr(h.formatweekday(3)), repr(h.formatweekheader()))
print(repr(h.formatweek([(0, 0), (1, 1)])), repr(h.formatmonthname(2024, 3)), repr(h.formatmonthname(2024, 3, False)))
print(h.cssclasses, h.cssclass_noday, h.cssclass_month, h.cssclass_year, h.cssclass_month_head, h.cssclass_year_head)
page = h.formatyearpage(2025, 6)
print(type(page).__name__, len(page), page[:300].decode())
print(h.formatyearpage(2025, css=None, encoding="ascii")[-40:])

class Highlight(calendar.HTMLCalendar):
    cssclass_month = "cal"
    cssclasses = ["w", "w", "w", "w", "w", "we", "we"]
    def formatday(self, day, weekday):
        if day == 14:
            return '<td class="today">14</td>'
        return super().formatday(day, weekday)

print(Highlight().formatmonth(2024, 2))
