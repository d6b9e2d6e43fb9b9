import time

t = time.gmtime(1709647629)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%c|%x|%X|%p|%j|%U|%W|%a|%A|%b|%B|%Z|%z|%%|%e|%D|%T|%G-%V-%u", t))
print(time.strftime("%f %-d %_H %5Y %^b", t))
print(time.strftime("%Z %z", time.localtime(0)), time.strftime("%Z %z", (2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(t), time.asctime(time.gmtime(0)), time.ctime(0), time.ctime(1e9))
print(time.asctime((2024, 2, 29, 1, 2, 3, 3, 60, 0)))
print(time.strftime("%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.mktime(time.localtime(1700000000)), time.mktime((2020, 1, 1, 0, 0, 0, 0, 1, -1)))
print(time.mktime((2020, 14, 1, 0, 0, 0, 0, 1, -1)), time.mktime((2020, 1, 32, 25, 61, 0, 0, 1, -1)))
print(time.strftime("%a %d %b", (2024, 6, 1, 0, 0, 0, 5, 153, -1)))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("month", lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)))
attempt("day", lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)))
attempt("hour", lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0)))
attempt("minute", lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0)))
attempt("second", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0)))
attempt("yday", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0)))
attempt("wday", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -1, 1, 0)))
attempt("short", lambda: time.strftime("%Y", (2020, 1)))
attempt("type", lambda: time.strftime("%Y", "2020"))
attempt("float", lambda: time.strftime("%Y", (2020.0, 1, 1, 0, 0, 0, 0, 1, 0)))
attempt("fmt type", lambda: time.strftime(5))
attempt("asctime short", lambda: time.asctime((1, 2)))
attempt("mktime short", lambda: time.mktime((1, 2)))
