# make_dataclass: classes built from a field list, with bases, namespace and options
from dataclasses import make_dataclass, field, fields, asdict, is_dataclass

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))])
p = Point(1, 2)
print(p, Point.__name__, Point.__qualname__, Point.__module__)
print([(f.name, f.type) for f in fields(Point)])
print(is_dataclass(Point), asdict(p), Point.__doc__)


class Base:
    def describe(self):
        return "I am " + repr(self)


Item = make_dataclass(
    "Item",
    [("name", str), ("price", float, field(default=1.0)), ("tags", list, field(default_factory=list))],
    bases=(Base,),
    namespace={"total": lambda self, n: self.price * n, "kind": "item"},
    order=True,
    frozen=True,
)
i = Item("pen", 2.5)
print(i, i.total(4), i.kind, i.describe())
print(Item("a") < Item("b"), hash(Item("a", 1.0, ())) == hash(Item("a", 1.0, ())))
try:
    i.name = "x"
except AttributeError as e:
    print(type(e).__name__, e)

KW = make_dataclass("KW", [("a", int), ("b", int)], kw_only=True)
print(KW(b=1, a=2), KW.__match_args__)
S = make_dataclass("S", ["a"], slots=True)
print(S.__slots__, S(1))

for bad in [["a", "a"], ["1x"], ["class"], [("a", int, 1, 4)], [3]]:
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    make_dataclass("Bad2", [("a", int, field(default=1)), "b"])
except TypeError as e:
    print("TypeError:", e)
print(make_dataclass("Empty", [])())
