class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, repr(m), str(m), m + 3, type(m + 3).__name__, 3 + m, type(3 + m).__name__)
print(m * 2, type(m * 2).__name__, -m, abs(Money(-3)), m == 5, m < 6, hash(m) == hash(5))
print(isinstance(m, int), issubclass(Money, int), type(m) is int, int(m), type(int(m)).__name__)
print(m.bit_length(), m.real, m.numerator, (7).__add__(m), int.__add__(m, 1))
print(f"{m:>5}|{m:x}|{m:,}", "%d %s %r" % (m, m, m), format(m, "08b"))
print([10, 20, 30, 40, 50, 60][m], list(range(m)), "ab" * Money(2), bool(Money(0)))
d = {m: "five"}
print(d[5], 5 in d, {5: "x"}[m], sorted([Money(3), 1, Money(2)]))
m.unit = "EUR"
print(m.unit, m.__dict__)

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.5)
print(c, repr(c), c.to_f(), c.is_integer(), round(c), c + 1, type(c + 1).__name__, float(c))
print(Celsius("3.25"), Celsius(), f"{c:.3f}", c.hex(), c.as_integer_ratio(), int(c))

class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.lower())
    def shout(self):
        return self.upper() + "!"
t = Tag("HeLLo")
print(t, repr(t), t.shout(), len(t), t[1:3], t + "x", "x" + t, t * 2, t == "hello", "ell" in t)
print(type(t).__name__, type(t + "x").__name__, t.split("l"), ",".join([t, t]), f"<{t}>", f"{t!r}")
print({t: 1}["hello"], {"hello": 2}[t], t.startswith("he"), "hello world".startswith(t))
print(t.replace("l", "L"), sorted([Tag("b"), "a", Tag("C")]), list(t), t.encode(), int(Tag("42")))
print("%s-%r" % (t, t), str(t), type(str(t)).__name__, hash(t) == hash("hello"), t.__class__.__name__)
print(isinstance(t, str), max(Tag("a"), Tag("z")), "hello".find(t), t.format(), t.capitalize())

class Plain(str):
    pass
p = Plain("abc")
print(p, repr(p), p.upper(), p.__len__(), str.upper(p), Plain.upper(p))
print(Plain(), repr(Plain()), Plain(12), Plain(b"x", "ascii"))
