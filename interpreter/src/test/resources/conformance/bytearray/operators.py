# Operators mixing bytes and bytearray: +, *, %, comparisons, in, len, truth.
a = bytearray(b"abc")
b = b"abd"
print(a + b, type(a + b).__name__)
print(b + a, type(b + a).__name__)
print(a + a, a * 2, 2 * a, a * 0, a * -3, type(a * 2).__name__)
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), a != b)
print(a < b, b > a, a <= b"abc", a >= bytearray(b"abd"), b"ab" < a)
print(a == "abc", a == [97, 98, 99], a != "abc")
print(sorted([b"b", bytearray(b"a"), b"c", bytearray(b"ab")]))
print(max(bytearray(b"x"), b"y"), min([bytearray(b"q"), b"p"]))
print(98 in a, 100 in a, b"bc" in a, bytearray(b"ca") in a, b"" in a)
print(b"ab" in b"xaby", bytearray(b"ab") in b"xaby")
print(len(a), len(bytearray()), bool(a), bool(bytearray()), not bytearray())
print(list(a), tuple(bytearray(b"\x00\xff")), [x + 1 for x in a])
print(list(reversed(a)), sum(a), max(a), sorted(bytearray(b"cab")))
print(bytearray(b"%s=%d") % (b"x", 5), b"%s|%s" % (a, bytearray(b"!")))
print(bytearray(b"%c%c") % (65, bytearray(b"B")), bytearray(b"100%%") % ())
print(type(bytearray(b"%d") % 1).__name__)
x = bytearray(b"q")
y = x
x += b"rs"
x += bytearray(b"t")
print(x, y, x is y)
x *= 2
print(x, y is x)
x *= 0
print(x, y)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def iadd(v, w):
    v += w
    return v

def imul(v, w):
    v *= w
    return v

show("concat int", lambda: a + 1)
show("concat str", lambda: a + "x")
show("str concat", lambda: "x" + a)
show("list concat", lambda: [1] + a)
show("bytes concat int", lambda: b"x" + 1)
show("iadd int", lambda: iadd(bytearray(b"a"), 1))
show("iadd list", lambda: iadd(bytearray(b"a"), [1]))
show("imul str", lambda: imul(bytearray(b"a"), "x"))
show("mul float", lambda: a * 1.5)
show("lt str", lambda: a < "abc")
show("in str", lambda: "a" in a)
show("in big", lambda: 256 in a)
show("in float", lambda: 1.5 in a)
show("mod extra", lambda: bytearray(b"x") % 1)
show("mod missing", lambda: bytearray(b"%d %d") % (1,))
show("hash", lambda: hash(bytearray(b"a")))
show("dict key", lambda: {bytearray(b"a"): 1})
show("set item", lambda: {bytearray()})
show("sum start", lambda: sum([], bytearray()))
