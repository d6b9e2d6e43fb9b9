# kw_only=True on the decorator, field(kw_only=...) overrides, and the generated __init__
from dataclasses import dataclass, field, fields


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
    name: str = "opts"


o = Options(level=3)
print(o)
print([(f.name, f.kw_only) for f in fields(Options)])
print(Options.__match_args__)
for call in [lambda: Options(1), lambda: Options(), lambda: Options(level=1, color=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = field(kw_only=True)
    d: str = "d"


m = Mixed(1, c=3)
print(m, Mixed.__match_args__)
print(Mixed(1, "x", b=0, c=9))
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Mixed(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class Partly:
    x: int
    y: int = field(kw_only=False)


print(Partly(2, x=1), Partly.__match_args__)
print(Mixed.__doc__)
print(Options.__doc__)
print(Partly.__doc__)
