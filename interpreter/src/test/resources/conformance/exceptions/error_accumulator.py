class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class Errors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

def validate(user):
    errors = []
    checks = [
        ("name", lambda v: isinstance(v, str) and v.strip(), "must be a non-empty string"),
        ("age", lambda v: isinstance(v, int) and 0 <= v < 150, "must be an int in [0, 150)"),
        ("email", lambda v: isinstance(v, str) and "@" in v, "must contain @"),
    ]
    for field, ok, problem in checks:
        try:
            value = user[field]
        except KeyError:
            errors.append(ValidationError(field, "missing"))
            continue
        if not ok(value):
            errors.append(ValidationError(field, problem))
    if errors:
        raise Errors(errors)
    return True

users = [
    {"name": "Ann", "age": 30, "email": "ann@x.org"},
    {"name": " ", "age": 200, "email": "nope"},
    {"age": "12"},
]
for u in users:
    try:
        print("valid:", validate(u))
    except Errors as e:
        print(type(e).__name__, e)
        for err in e.errors:
            print("   -", err.field, "|", err)
