def add_repr(cls):
    fields = cls.__fields__
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

class FieldsMeta(type):
    def __new__(mcls, name, bases, ns):
        annotations = ns.get("__annotations__", {})
        ns["__fields__"] = tuple(annotations)
        def __init__(self, *args):
            if len(args) != len(annotations):
                raise TypeError(f"{name} expects {len(annotations)} arguments, got {len(args)}")
            for f, a in zip(annotations, args):
                setattr(self, f, a)
        ns["__init__"] = __init__
        return super().__new__(mcls, name, bases, ns)

@add_repr
class Point(metaclass=FieldsMeta):
    x: int
    y: int
@add_repr
class Person(metaclass=FieldsMeta):
    name: str
    age: int
    email: str

print(Point(1, 2), Person("Ann", 31, "a@x.org"))
print(Point.__fields__, Person.__fields__)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
p = Point(3, 4)
p.x = 10
print(p, p.x + p.y)
