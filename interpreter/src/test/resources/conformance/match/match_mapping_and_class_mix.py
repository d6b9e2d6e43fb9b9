# match on class patterns with mapping sub-patterns
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


class Request:
    __match_args__ = ("method", "path")

    def __init__(self, method, path, body=None):
        self.method = method
        self.path = path
        self.body = body


requests = [
    Request("GET", "/users"),
    Request("GET", "/users/42"),
    Request("POST", "/users", {"name": "ann", "age": 30}),
    Request("POST", "/users", {"name": "bob"}),
    Request("DELETE", "/users/7"),
    Request("PATCH", "/x"),
]


def route(req):
    match req:
        case Request("GET", "/users"):
            return "list users"
        case Request("GET", path) if path.startswith("/users/"):
            return f"show user {int(path.rsplit('/', 1)[1])}"
        case Request("POST", "/users", body={"name": str(name), "age": int(age)}):
            return f"create {name} ({age})"
        case Request("POST", "/users", body={"name": name}):
            return f"create {name} (age unknown)"
        case Request(method="DELETE", path=p):
            return f"delete {p}"
        case Request(method=m):
            return f"405 {m} not allowed"

show('[route(r) for r in requests]', lambda: ([route(r) for r in requests]))
