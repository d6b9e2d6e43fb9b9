def describe(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "click off-screen"
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} extra={sorted(rest)}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll {d:+}"
        case {"type": t}:
            return f"unhandled {t}"
        case {}:
            return "no type"
        case _:
            return f"not a mapping: {type(event).__name__}"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (-1, 4)},
    {"type": "click", "pos": [5, 6], "button": 2, "mods": []},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "scroll", "delta": -2.5},
    {"type": "scroll", "delta": "x"},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(describe(e))
