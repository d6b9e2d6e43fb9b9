print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:d} years".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
class P:
    x = 3
    y = [10, 20]
print("{p.x} {p.y[1]}".format(p=P()))
print("{:<6}|{:^6}|{:>6}|".format("ab", "cd", "ef"))
print("{:*^11}".format("mid"))
print("{:+d} {:+d} {: d} {: d}".format(5, -5, 5, -5))
print("{:08.3f} {:.2e} {:.3g} {:g}".format(3.14159, 12345.678, 0.000123456, 1e20))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 9876543.219))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b}".format(255, 255, 255, 8, 8, 5, 5))
print("{:%} {:.1%}".format(0.25, 0.1234))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{literal}} {}".format("x"))
w, p = 10, 3
print("{:{w}.{p}f}|".format(3.14159265, w=w, p=p))
print("{:>{}}|".format("r", 5))
print("{0:c}{1:c}".format(72, 105))
for bad in ["{} {}", "{0} {}", "{x}", "{:d}", "{0[5]}", "{"]:
    try:
        print(bad.format("s"))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{:=+8d}|{:=8d}|".format(42, -42))
print("{:08d} {:08d}".format(-42, 42))
print("%s".format(1), "{}".format(None), "{:5}|".format(True), "{:5}|".format(1))
