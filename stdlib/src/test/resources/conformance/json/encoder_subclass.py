# subclassing JSONEncoder: default() overrides, dumps(cls=...), encode() and the options
import json
from dataclasses import dataclass, asdict
from decimal import Decimal
from fractions import Fraction
import datetime


@dataclass
class Point:
    x: int
    y: int


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, datetime.date):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Point):
            return asdict(o)
        return super().default(o)


data = {"tags": {"b", "a"}, "when": datetime.date(2024, 2, 29), "price": Decimal("9.99"),
        "p": Point(1, 2), "nested": [frozenset({3, 1})]}
print(json.dumps(data, cls=MyEncoder))
print(json.dumps(data, cls=MyEncoder, indent=2, sort_keys=True))
print(MyEncoder(separators=(",", ":")).encode([Point(0, 0), {"k": None}]))
try:
    json.dumps({"f": Fraction(1, 3)}, cls=MyEncoder)
except TypeError as e:
    print("TypeError:", e)

enc = json.JSONEncoder()
print(vars(enc))
print(vars(json.JSONEncoder(indent=4, separators=(";", "="))))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder(indent=2).key_separator)
print(enc.encode("caf\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("caf\u00e9"))
print(enc.encode({"a": [1, 2.5, None, True]}))
try:
    enc.default(object)
except TypeError as e:
    print("TypeError:", e)
print(json.JSONEncoder(default=repr).encode({"x": range(3)}))
print(json.JSONEncoder(skipkeys=True).encode({"b": 1, (1, 2): 3, "a": 2}))
for bad in [lambda: json.JSONEncoder(1), lambda: json.JSONEncoder(colour=True),
            lambda: json.JSONEncoder(separators=(",",))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Counting(json.JSONEncoder):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("sort_keys", True)
        super().__init__(*args, **kwargs)
        self.calls = 0

    def default(self, o):
        self.calls += 1
        return str(o)


c = Counting()
print(c.encode({"z": 1, "a": [Fraction(1, 2), range(2)]}), c.calls)
print(json.dumps({"z": 1, "a": 2}, cls=Counting, indent=1))
print(isinstance(c, json.JSONEncoder), json.JSONEncoder.__module__, json.JSONEncoder)
