from dataclasses import dataclass, field

for kind, default in [("list", []), ("dict", {}), ("set", set())]:
    try:
        @dataclass
        class Bad:
            items: object = default
        print("no error for", kind)
    except ValueError as e:
        print("ValueError", e)

@dataclass
class Fine:
    t: tuple = ()
    s: str = "x"
    fs: frozenset = frozenset()
print(Fine())

try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError", e)

try:
    @dataclass
    class Wrong:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

try:
    @dataclass
    class Wrong2:
        a: list = field(default_factory=list)
        b: int
except TypeError as e:
    print("TypeError", e)

class MyList(list):
    pass
try:
    @dataclass
    class Sub:
        x: object = MyList()
    print("MyList default allowed:", Sub().x)
except ValueError as e:
    print("ValueError", e)
