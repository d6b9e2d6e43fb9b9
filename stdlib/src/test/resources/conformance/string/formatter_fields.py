import string

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

f = string.Formatter()
p = Point(3, 4)
print(f.get_field("0.x", (p,), {}))
print(f.get_field("pt.y", (), {"pt": p}))
print(f.get_field("0[1][0]", ([[9], ["a", "b"]],), {}))
obj, first = f.get_field("data[key][2]", (), {"data": {"key": "xyz"}})
print(obj, first)
print(f.get_value(0, ("zero",), {}), f.get_value("k", (), {"k": "kay"}))
try:
    f.get_value(3, (1,), {})
except IndexError as e:
    print("IndexError", e)
try:
    f.get_value("missing", (), {})
except KeyError as e:
    print("KeyError", e)
print(f.convert_field(5, None), f.convert_field("s", "r"), f.convert_field(5, "s"))
try:
    f.convert_field(5, "z")
except ValueError as e:
    print("ValueError", e)
print(repr(f.format_field(42, "05d")), repr(f.format_field("x", "")))
print(f.check_unused_args(set(), (), {}))
