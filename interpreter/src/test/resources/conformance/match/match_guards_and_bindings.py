# match with guards and alternative bindings
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def classify(point):
    match point:
        case (0, 0):
            return "origin"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x == -y:
            return f"anti-diagonal {x}"
        case (x, y) if x < 0:
            return "left half"
        case (x, y):
            return f"point {x},{y}"


def http(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as redirect:
            return f"redirect {redirect}"
        case int(c) if 400 <= c < 500:
            return "client error" if c != 418 else "teapot"
        case int(c) if c >= 500:
            return "server error"
        case _:
            return "unknown"


def tokens(line):
    match line.split():
        case ["let", name, "=", value] if name.isidentifier():
            return ("assign", name, int(value))
        case ["print", name]:
            return ("print", name)
        case [name, op, value] if op.endswith("="):
            return ("update", name, op[:-1], value)
        case []:
            return ("empty",)
        case other:
            return ("error", other)

show('[classify(v) for v in [(0, 0), (3, 3), (2, -2), (1, 5), (-1, 4)]]', lambda: ([classify(v) for v in [(0, 0), (3, 3), (2, -2), (1, 5), (-1, 4)]]))
show('[http(c) for c in [200, 201, 301, 404, 418, 500, 503, "x"]]', lambda: ([http(c) for c in [200, 201, 301, 404, 418, 500, 503, "x"]]))
show('[tokens(s) for s in ["let x = 5", "print x", "x += 1", "", "let = 3"]]', lambda: ([tokens(s) for s in ["let x = 5", "print x", "x += 1", "", "let = 3"]]))
