import time

for s, f in [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), ("Tue Mar  5 14:07:09 2024", "%a %b %d %H:%M:%S %Y"),
             ("5 March 2024", "%d %B %Y"), ("2024-065", "%Y-%j"), ("12:30 PM", "%I:%M %p"),
             ("2024-03-05 +0530", "%Y-%m-%d %z"), ("2024-03-05 UTC", "%Y-%m-%d %Z"), ("", ""),
             ("2024 10 2", "%Y %W %w"), ("Monday", "%A")]:
    t = time.strptime(s, f)
    print(repr(s), t, t.tm_zone, t.tm_gmtoff)
print(time.strptime("Tue Mar  5 14:07:09 2024"))
t = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(time.strftime("%d/%m/%Y %H.%M", t), time.mktime(t), time.asctime(t))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("mismatch", lambda: time.strptime("2024", "%Y %m"))
attempt("unconverted", lambda: time.strptime("2024 x", "%Y"))
attempt("bad", lambda: time.strptime("x", "%Q"))
attempt("day", lambda: time.strptime("2023-02-29", "%Y-%m-%d"))
attempt("type", lambda: time.strptime(5, "%Y"))
