from datetime import timedelta

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("str days", lambda: timedelta("1"))
attempt("str seconds", lambda: timedelta(seconds="1"))
attempt("none", lambda: timedelta(hours=None))
attempt("list", lambda: timedelta(weeks=[]))
attempt("too big", lambda: timedelta(days=1000000000))
attempt("too big float", lambda: timedelta(days=1e9))
attempt("too big secs", lambda: timedelta(seconds=86400 * 1000000000))
attempt("too small", lambda: timedelta(days=-1000000000))
attempt("nan", lambda: timedelta(float("nan")))
attempt("big int", lambda: timedelta(microseconds=10**30))
print(timedelta(microseconds=10**15), timedelta(seconds=-10**10))
print(timedelta(days=1, seconds=-1), timedelta(days=-1, seconds=1))
