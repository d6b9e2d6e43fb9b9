import calendar

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, e.args, isinstance(e, ValueError))

attempt("monthrange 13", lambda: calendar.monthrange(2024, 13))
attempt("monthrange 0", lambda: calendar.monthrange(2024, 0))
attempt("month 13", lambda: calendar.month(2024, 13))
attempt("monthcalendar", lambda: calendar.monthcalendar(2024, -1))
attempt("setfirstweekday", lambda: calendar.setfirstweekday(7))
attempt("setfirstweekday neg", lambda: calendar.setfirstweekday(-1))
attempt("weekday", lambda: calendar.weekday(2024, 2, 30))
attempt("weekday month", lambda: calendar.weekday(2024, 13, 1))
attempt("month_name", lambda: calendar.month_name[13])
attempt("isleap str", lambda: calendar.isleap("2024"))
attempt("timegm", lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)))
attempt("timegm short", lambda: calendar.timegm((2024, 1)))
e = calendar.IllegalMonthError(14)
print(str(e), e.month, e.args, issubclass(calendar.IllegalMonthError, ValueError))
w = calendar.IllegalWeekdayError(9)
print(str(w), w.weekday, repr(w))
try:
    calendar.monthrange(2020, 99)
except calendar.IllegalMonthError as err:
    print("caught", err.month)
except ValueError:
    print("wrong")
