import sys, itertools, functools, math, statistics, collections, contextlib, dataclasses, string, re, json
x = 5
print(f"{x=}", f"{x!r:>4}", f"{3.14159:.2f}", f"{'a'!a}")
print(list(itertools.pairwise([1,2,3])), "prefix_x".removeprefix("prefix_"), (255).bit_count(), math.dist((0,0),(3,4)))
print(list(zip([1,2],[3,4], strict=True)), {1:2} | {3:4}, statistics.fmean([1,2,3]))
class A:
    @functools.cached_property
    def v(self):
        print("computing"); return 42
a = A(); print(a.v, a.v)
with contextlib.suppress(KeyError):
    {}["x"]
print(sys.version_info >= (3, 8), sys.maxsize > 2**31)
def gen():
    x = yield 1
    print("got", x)
    yield x * 2
g = gen(); print(next(g), g.send(5))
match {"type": "point", "x": 1, "y": 2}:
    case {"type": "point", "x": px, "y": py}:
        print("point", px, py)
print(globals().get("x"), "x" in dir(), callable(print), vars(A).get("v") is not None)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), max([], default=None))
print(divmod(-7, 2), -7 // 2, -7 % 2, round(2.5), round(3.5), round(-0.5), 10**20 // 3, 2**-1)
print("%5.2f|%-5s|%05d|%x|%o|%e" % (3.14159, "ab", 42, 255, 8, 12345.678))
print("{:,}".format(1234567), "{:_b}".format(255), "{:>10.3}".format("abcdef"), format(0.1+0.2, ".17g"))
print(int("0x1f", 16), int("1_000"), float("1e-3"), str(1e16), str(1e-5), repr(0.1), 1/3)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (lambda *a, **k: (a, k))(1, z=2))
nonlocal_test = []
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
f = outer(); f(); print(f())
print(type(...).__name__, NotImplemented, bool(NotImplemented) if False else "", hash((1, 2)) == hash((1, 2)))
print(sorted(collections.Counter("abracadabra").most_common(3)), collections.OrderedDict(a=1))
@dataclasses.dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
print(P(1) < P(2), sorted([P(2, 1), P(1, 5)]), hash(P(1)) == hash(P(1)))
print(string.ascii_lowercase[:5], re.findall(r"\d+", "a1b22c333"), json.dumps({"a": [1, 2.5, None, True]}))
print(isinstance(True, int), issubclass(bool, int), int.__name__, (1).__class__.__name__, type(type).__name__)
print(any(x > 2 for x in [1, 2, 3]), all([]), sum([0.1] * 10), sum([[1], [2]], []))
s = "Hello, World"
print(s.casefold(), s.swapcase(), s.title(), s.center(20, "*"), s.partition(", "), s.split(maxsplit=1), s[::-1], s.zfill(15))
print(bytes.fromhex("de ad"), b"abc".hex("-"), bytearray(b"x") + b"y", memoryview if False else "")
print(sorted(set("hello")), frozenset([1, 2]) | {3}, {1, 2} ^ {2, 3}, {x: x*x for x in range(3)})
