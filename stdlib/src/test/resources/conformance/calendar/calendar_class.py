import calendar
from datetime import date

c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
c6 = calendar.Calendar(firstweekday=6)
print(c6.firstweekday, list(c6.iterweekdays()), list(calendar.Calendar(9).iterweekdays()), calendar.Calendar(9).firstweekday)
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdates(2024, 2))[-3:])
print(list(c.itermonthdays(2024, 2)))
print(list(c6.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 3))[:9])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays3(2023, 12))[-3:])
print(list(c6.itermonthdays4(2024, 6))[:2], list(c6.itermonthdays4(2024, 6))[-2:])
print(c.monthdayscalendar(2024, 9))
print(c.monthdays2calendar(2024, 9)[0])
for week in c.monthdatescalendar(2024, 12):
    print([d.day for d in week], week[0].month, week[-1].month)
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024)[0]), len(c.yeardayscalendar(2024, 4)), len(c.yeardayscalendar(2024, 5)[-1]))
print(c.yeardays2calendar(2024, 6)[1][5][-1])
print(c.yeardatescalendar(2023, 12)[0][0][0])
c.setfirstweekday(3)
print(c.firstweekday, list(c.itermonthdays(2024, 5)))
c.firstweekday = 8
print(c.firstweekday, c.getfirstweekday())
print(isinstance(calendar.TextCalendar(), calendar.Calendar), all(isinstance(d, date) for d in c.itermonthdates(2024, 7)))
