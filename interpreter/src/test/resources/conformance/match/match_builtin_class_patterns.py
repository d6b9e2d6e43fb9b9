def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string {s!r}"
        case bytes(b):
            return f"bytes len {len(b)}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case dict({"id": i}):
            return f"dict with id {i}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case set() | frozenset():
            return f"set of {len(v)}"
        case _:
            return "other"

for v in [True, 3, 2.0, "42", "hi", b"xyz", [7, 8], [], {"id": 5, "x": 1}, {"x": 1}, (1, 2), (1, 2, 3), {1, 2}, frozenset(), None]:
    print(kind(v))
class MyInt(int):
    pass
match MyInt(5):
    case int(x):
        print("subclass matched int", x, type(x).__name__)
