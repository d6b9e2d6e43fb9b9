print("%s and %r" % ("str", "str"))
print("%d %i %5d|%-5d|%05d" % (42, 42, 42, 42, 42))
print("%.3f %10.2f|%-10.2f|%e %E" % (3.14159, 2.5, 2.5, 12345.6789, 0.00012))
print("%g %g %g %G" % (100000, 1000000, 0.0001, 1e-10))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c %%" % (65, "b"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%+d %+d % d" % (3, -3, 3))
print("%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%a" % "é", "%r" % 1.0, "%s" % None)
print(b"%s-%d-%x" % (b"bytes", 5, 255))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("v",)), ("%z", 1), ("%d", 1.9)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for name, qty, price in rows:
    print("%-8s %4d @ %6.2f = %8.2f" % (name, qty, price, qty * price))
