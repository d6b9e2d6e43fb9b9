# asdict(dict_factory=) and astuple(tuple_factory=), recursing through containers
from collections import OrderedDict, namedtuple
from dataclasses import dataclass, field, asdict, astuple

Pair = namedtuple("Pair", "left right")


@dataclass
class Inner:
    a: int
    b: str = None


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
    pair: Pair = None
    nums: tuple = ()


class MyList(list):
    pass


o = Outer("o", Inner(1), [Inner(2, "x"), 3], {"k": Inner(4)}, Pair(Inner(5), 6), (Inner(7),))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=OrderedDict))
print(astuple(o, tuple_factory=list))


def no_none(pairs):
    return {k: v for k, v in pairs if v is not None}


print(asdict(Inner(1)), asdict(Inner(1), dict_factory=no_none))
calls = []


def recording(items):
    calls.append(list(items))
    return tuple(items)


print(asdict(o, dict_factory=recording))
print(len(calls), calls[0])
print(type(asdict(o)["pair"]).__name__, asdict(o)["pair"])
m = Outer("m", Inner(0), MyList([Inner(9)]))
r = asdict(m)
print(type(r["items"]).__name__, r["items"])
print(astuple(m, tuple_factory=lambda xs: "|".join(map(str, xs))))
shared = [1, 2]
s = asdict(Outer("s", Inner(1), shared))
print(s["items"] == shared, s["items"] is shared)
for bad in [Inner, 5]:
    try:
        asdict(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        astuple(bad, tuple_factory=list)
    except TypeError as e:
        print("TypeError:", e)
deep = []
for _ in range(50000):
    deep = [deep]
try:
    asdict(Outer("deep", Inner(0), deep))
except RecursionError as e:
    print("RecursionError")
