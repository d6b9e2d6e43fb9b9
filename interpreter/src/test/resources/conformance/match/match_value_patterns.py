class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
    codes = {200: "ok"}

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case _:
            return "unknown"

def http(code):
    match code:
        case Status.OK:
            return "fine"
        case Status.NOT_FOUND:
            return "missing"
        case n if 500 <= n < 600:
            return "server error"
        case n:
            return f"code {n}"

print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])
print([http(c) for c in [200, 404, 503, 302]])
RED = "not used as value"
match "x":
    case RED:
        print("capture pattern binds:", RED)
def point(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, 0) | (0, x):
            return f"on axis at {x}"
        case (x, y):
            return f"at {x},{y}"
print([point(p) for p in [(1, 1), (3, 0), (0, 4), (2, 5)]])
