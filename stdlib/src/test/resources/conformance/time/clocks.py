import time

# Values depend on the clock; only their types and relations are printed.
a = time.time()
b = time.time_ns()
print(type(a).__name__, type(b).__name__, abs(b / 1e9 - a) < 5)
m1 = time.monotonic()
m1n = time.monotonic_ns()
p1 = time.perf_counter()
p1n = time.perf_counter_ns()
c1 = time.process_time()
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
print(time.monotonic() - m1 >= 0.02, time.monotonic_ns() - m1n >= 20_000_000)
print(time.perf_counter() - p1 >= 0.02, time.perf_counter_ns() - p1n >= 20_000_000)
print(time.process_time() >= c1, type(time.process_time_ns()).__name__)
print(time.timezone, time.altzone, time.daylight, time.tzname)
g = time.gmtime()
print(type(g).__name__, g.tm_zone, len(g), g.tm_year >= 2024)
print(time.localtime().tm_zone, time.gmtime(time.mktime(time.localtime(1e9)))[:6] == time.gmtime(1e9)[:6])

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("neg", lambda: time.sleep(-1))
attempt("neg float", lambda: time.sleep(-0.5))
attempt("str", lambda: time.sleep("1"))
attempt("none", lambda: time.sleep(None))
attempt("nan", lambda: time.sleep(float("nan")))
