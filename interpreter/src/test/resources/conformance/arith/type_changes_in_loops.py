# The same expression evaluated many times with operands whose types change between runs:
# floats, ints, mixed int/float, ints that outgrow 64 bits, bools, strings, lists, objects
# with operators; results, errors and evaluation order must not depend on what came before.

log = []


def note(tag, v):
    log.append(tag)
    return v


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    __rmul__ = __mul__

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __rsub__(self, o):
        return Num(o - self.v)

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __iadd__(self, o):
        self.v += o
        return self

    def __repr__(self):
        return "Num(%r)" % (self.v,)


def poly(x, y):
    return x * x + 2 * x * y - y * y / 4 - x // 3 + x % 5 - (-x) ** 2


def cmp_all(a, b):
    return (a < b, a <= b, a > b, a >= b, a == b, a != b)


samples = [(1.5, 2.25), (3.0, -0.5), (7, 3), (2, 0.5), (0.25, 4), (10**10, 3), (2**40, 2**30),
           (True, 2), (1.5, False), (-3, 7), (2.0, 2), (float("inf"), 1.0)]
for rnd in range(3):
    for x, y in samples:
        try:
            print(rnd, repr(x)[:12], repr(y)[:12], poly(x, y))
        except (ZeroDivisionError, OverflowError) as e:
            print(rnd, type(e).__name__, e)
        print(cmp_all(x, y), cmp_all(y, x))

# results that outgrow a machine word, then small again, in one node
for v in [3, 2**62, 2**63 - 1, -2**63, 7, 2**64, 5]:
    print(v + v, v - (-v), v * 3, v * v, -v, v << 3, v >> 1, v // 2, v % 1000, v & 0xFF, v | 1, v ^ 2)
for v in [1, 2.5, 2**70, 3, -2.0, 4]:
    print(v * 2, v + 1, 1 - v, v / 2, 2 ** (v if isinstance(v, int) and v < 100 else 2))

# float nodes that then see strings, lists, None, and custom objects
for a, b in [(1.5, 2.5), (0.5, 0.25), ("ab", "cd"), ([1], [2]), (Num(1), 2.0), (2.0, Num(3)),
             (1.0, 2.0)]:
    try:
        print(a + b, a * 2, -a if not isinstance(a, (str, list)) else a)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in [(1.0, 2.0), (3, 4), (1.0, None), (None, 1), ("x", 1.0), (1.5, 2.5)]:
    try:
        print(a + b)
    except TypeError as e:
        print(type(e).__name__, e)

# division and modulo by zero after a run of successful float and int divisions
for a, b in [(1.0, 2.0), (3.0, 0.5), (1.0, 0.0), (5.0, 0), (6, 4), (6, 0), (6.0, 2), (7, 0.0),
             (-7.5, 2.0), (7.5, -0.0)]:
    for name, op in [("/", lambda p, q: p / q), ("//", lambda p, q: p // q),
                     ("%", lambda p, q: p % q), ("**", lambda p, q: p ** q)]:
        try:
            print(a, name, b, op(a, b))
        except (ZeroDivisionError, ValueError, OverflowError) as e:
            print(a, name, b, type(e).__name__, e)

# evaluation order when a specialised node meets an unexpected type halfway
for i in range(6):
    v = 1.5 if i < 3 else "s"
    w = 2.5 if i != 4 else 7
    log.clear()
    try:
        r = note("a", v) * note("b", 2) + note("c", w) * note("d", 0.5)
    except TypeError as e:
        r = type(e).__name__
    print(i, r, log)
    log.clear()
    try:
        r = note("a", w) < note("b", v)
    except TypeError as e:
        r = type(e).__name__ + ": " + str(e)
    print(i, r, log)

# comparisons: NaN, -0.0, huge ints against floats, ints turning into floats
nan = float("nan")
for a, b in [(1.0, 2.0), (nan, 1.0), (1.0, nan), (nan, nan), (-0.0, 0.0), (2.0, 2.0), (1, 2),
             (2**53 + 1, 2.0**53), (2**53, 2**53 + 1), (10**30, 1e30), (3, 3.0), ("a", "b"),
             (Num(1), 2), ((1, 2), (1, 3)), (None, None), (1.0, 1)]:
    try:
        print(cmp_all(a, b))
    except TypeError as e:
        print(type(e).__name__, e)

# augmented assignment on names, attributes and list items with changing types
class Box:
    pass


box = Box()
cells = [0.0, 1, "s", [1], 2.5]
acc = 0.0
box.v = 1
for step, inc in enumerate([0.5, 1.25, 2, 3, 2**63, 0.5, True, Num(2)]):
    try:
        acc += inc
        box.v *= inc if not isinstance(inc, str) else 2
        cells[step % 5] += inc
    except TypeError as e:
        print(step, type(e).__name__, e)
    print(step, acc, box.v, cells)
n = 10
for d in [3, 2, 0, 4]:
    try:
        n //= d
        print("n", n)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
f = 100.0
for d in [4.0, 2, 0.0, 0.5, 3]:
    try:
        f /= d
        f -= 1
        f **= 1
        print("f", f)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
big = 1
for i in range(70):
    big += big
big2 = 3
for i in range(5):
    big2 <<= 20
    big2 >>= 3
print(big, big2)
items = [1.0, 2.0, 3.0]
for i in range(-3, 3):
    items[i] -= 0.5 * i
print(items)
try:
    for i in range(5):
        items[i] *= 2.0
except IndexError as e:
    print(type(e).__name__, e, items)


def shrink():
    items.clear()
    return 1.0


items = [1.0, 2.0]
for i in range(2):
    try:
        items[0] += 1.0 if i == 0 else shrink()
    except IndexError as e:
        print(type(e).__name__, e)
print(items)
x = -2**63
print(-x, -(x + 0), -(-x), -(1.5 * 2), -(2 * 3))
