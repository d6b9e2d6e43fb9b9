# JSONDecoder hooks and subclasses; loads(cls=...) passes only the hooks that were given
import json
from collections import OrderedDict
from decimal import Decimal

text = '{"b": 1.10, "a": [1, 2, {"c": NaN}], "d": -Infinity, "e": 12345678901234567890}'
print(json.JSONDecoder(parse_float=Decimal).decode(text))
print(json.JSONDecoder(parse_int=str, parse_constant=lambda name: "<" + name + ">").decode(text))
print(json.JSONDecoder(object_pairs_hook=OrderedDict).decode(text))
print(json.JSONDecoder(object_pairs_hook=list, object_hook=dict.keys).decode('{"k": {"z": 1}}'))
print(json.JSONDecoder(object_hook=lambda d: sorted(d)).decode('[{"y": 1, "x": 2}, {}]'))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class PointDecoder(json.JSONDecoder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, object_hook=self.to_point, **kwargs)

    def to_point(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d


print(json.loads('{"p": {"x": 1, "y": 2}, "q": [{"x": 3, "y": 4}]}', cls=PointDecoder))
print(PointDecoder(parse_int=float).decode('{"x": 1, "y": 2}'))


class Logging(json.JSONDecoder):
    def __init__(self, **kwargs):
        print("init kwargs:", sorted(kwargs))
        super().__init__(**kwargs)

    def decode(self, s):
        print("decode", repr(s))
        return super().decode(s)

    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        print("raw_decode ->", obj, end)
        return obj, end


print(json.loads(" [1] ", cls=Logging))
print(json.loads("{}", cls=Logging, object_hook=dict, parse_int=int, strict=False))
print(json.loads(b'{"bytes": true}', cls=Logging))

d = json.JSONDecoder()
d.object_hook = lambda obj: "changed"
print(d.decode('{"a": 1}'))
try:
    json.loads("[]", colour=1)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[]", cls=Logging, colour=1)
except TypeError as e:
    print("TypeError:", e)


def fail(x):
    raise ValueError("bad float " + x)


try:
    json.JSONDecoder(parse_float=fail).decode("[1.5]")
except ValueError as e:
    print("ValueError:", e)
