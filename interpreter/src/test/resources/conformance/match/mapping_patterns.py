def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"


print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "a", "shift": True, "ctrl": False}))
print(handle({"type": "key", "key": "b"}))
print(handle({"type": "scroll", "extra": 1}))
print(handle({"other": 1}))
print(handle([("type", "click")]))


class Config(dict):
    pass


match Config(mode="fast", level=3):
    case {"mode": "fast", "level": int(n)}:
        print("fast at level", n)
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print(others)
match {1: "one", None: "none", True: "t"}:
    case {1: v, None: w}:
        print(v, w)
