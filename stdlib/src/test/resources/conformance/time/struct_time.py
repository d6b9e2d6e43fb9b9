import time

g = time.gmtime(0)
print(g, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], list(g)[:3], tuple(g))
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
for secs in [1, 86399, 86400, 951782400, 1700000000, -1, -86401, 2**31, 253402300799, 1.9, -1.5]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone)
l = time.localtime(1700000000)
print(l, l.tm_zone, l.tm_gmtoff, l == time.gmtime(1700000000))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff, isinstance(s, tuple), type(s).__name__, type(s).__module__)
s2 = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, s2 == s, s2[:3], s2[5:])
print(time.struct_time([1999, 12, 31, 23, 59, 59, 4, 365, -1]).tm_year)
y, mo, d, *rest = time.gmtime(1234567890)
print(y, mo, d, rest)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("short", lambda: time.struct_time((1, 2)))
attempt("long", lambda: time.struct_time(tuple(range(12))))
attempt("gmtime str", lambda: time.gmtime("0"))
attempt("gmtime big", lambda: time.gmtime(1e20))
attempt("gmtime nan", lambda: time.gmtime(float("nan")))
