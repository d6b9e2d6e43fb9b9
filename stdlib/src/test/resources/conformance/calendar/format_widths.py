import calendar

for w in [0, 1, 2, 3, 4, 9]:
    print(repr(calendar.month(2024, 7, w)))
for l in [0, 2]:
    print(repr(calendar.month(2024, 7, 2, l)))
print(repr(calendar.TextCalendar(3).formatyear(2024, 2, 1, 2, 1)[:200]))
print(calendar.calendar(2024, w=3, c=1, m=2)[:600])
print(repr(calendar.weekheader(0)), repr(calendar.weekheader(5)), repr(calendar.weekheader(12)))
tc = calendar.TextCalendar()
print([tc.formatweekday(i, 2) for i in range(7)], [tc.formatmonthname(2024, m, 12, False) for m in (1, 9)])
