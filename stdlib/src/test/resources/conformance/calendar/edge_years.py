import calendar

c = calendar.Calendar()
print(list(c.itermonthdays3(1, 1))[:3])
print(list(c.itermonthdays3(9999, 12))[-3:])
print(c.monthdayscalendar(1, 1)[0], c.monthdayscalendar(9999, 12)[-1])
print(calendar.month(1, 1))
print(calendar.month(9999, 12))
try:
    print(list(c.itermonthdates(9999, 12))[-1])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(list(c.itermonthdates(1, 1))[0])
except Exception as e:
    print(type(e).__name__, e)
print(calendar.monthrange(0, 2), calendar.monthrange(-400, 2), calendar.monthrange(12000, 3))
print(calendar.month(12000, 3))
print(calendar.isleap(2**70), calendar.leapdays(-100, 100))
