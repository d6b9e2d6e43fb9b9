def parse(tokens):
    match tokens:
        case [("num", int(a)), ("op", "+" | "-" as op), ("num", int(b))]:
            return a + b if op == "+" else a - b
        case [("num", _) as only]:
            return f"single {only}"
        case [("op", op), *rest] as whole:
            return f"leading op {op} in {len(whole)} tokens"
        case [*_, ("op", _)]:
            return "trailing op"
        case _:
            return "no parse"

tests = [
    [("num", 2), ("op", "+"), ("num", 3)],
    [("num", 9), ("op", "-"), ("num", 4)],
    [("num", 9), ("op", "*"), ("num", 4)],
    [("num", 1)],
    [("op", "-"), ("num", 1)],
    [("num", 1), ("op", "+")],
    [],
]
for t in tests:
    print(parse(t))
def walk(tree, depth=0):
    match tree:
        case {"name": str(name), "children": [*kids]}:
            print("  " * depth + name)
            for k in kids:
                walk(k, depth + 1)
        case {"name": str(name)}:
            print("  " * depth + name + " (leaf)")
        case other:
            print("  " * depth + f"?? {other!r}")
walk({"name": "root", "children": [{"name": "a"}, {"name": "b", "children": [{"name": "c"}, 5]}]})
