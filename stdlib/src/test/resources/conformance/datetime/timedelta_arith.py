from datetime import timedelta

a = timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6)
b = timedelta(hours=-7, microseconds=999999)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * a, a * -1, a * 0, a * 0.5, 0.25 * a, a * 1e-6, a * (1 / 3))
print(a / 2, a / 3, a / 7, a / 0.5, a / -4, a / 1e6)
print(a / b, b / a, a / timedelta(hours=1), timedelta(1) / timedelta(hours=5))
print(a // 2, a // -2, a // 7, a // b, b // a, a // timedelta(minutes=1))
print(a % timedelta(hours=1), b % timedelta(minutes=7), a % b, (-a) % timedelta(hours=5))
print(divmod(a, timedelta(hours=5)), divmod(-a, timedelta(hours=5)), divmod(b, timedelta(seconds=9)))
print(timedelta(microseconds=1) / 3, timedelta(microseconds=2) / 3, timedelta(microseconds=5) / 2,
      timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=1) * 1.0000005, timedelta(seconds=1) * 2.5e-6)
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()))
t = timedelta(hours=1)
t += timedelta(minutes=30)
t *= 2
t -= timedelta(seconds=1)
t //= 2
print(t, repr(t))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("div0", lambda: a / 0)
attempt("div0.0", lambda: a / 0.0)
attempt("divtd0", lambda: a / timedelta(0))
attempt("floordiv0", lambda: a // 0)
attempt("floordivtd0", lambda: a // timedelta(0))
attempt("mod0", lambda: a % timedelta(0))
attempt("divmod0", lambda: divmod(a, timedelta(0)))
attempt("add int", lambda: a + 1)
attempt("radd int", lambda: 1 + a)
attempt("sub str", lambda: a - "x")
attempt("mul td", lambda: a * a)
attempt("mul str", lambda: a * "x")
attempt("floordiv float", lambda: a // 2.0)
attempt("mod int", lambda: a % 5)
attempt("lt int", lambda: a < 5)
attempt("rdiv", lambda: 5 / a)
attempt("overflow", lambda: timedelta.max + timedelta(microseconds=1))
attempt("overflow mul", lambda: timedelta(days=500000000) * 2)
attempt("underflow", lambda: timedelta.min - timedelta(1))
attempt("nan", lambda: a * float("nan"))
attempt("inf", lambda: a * float("inf"))
attempt("neg min", lambda: -timedelta.min)
