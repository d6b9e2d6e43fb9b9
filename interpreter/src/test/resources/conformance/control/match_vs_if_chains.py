# equivalent if/elif chains and match statements
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


values = [0, 1, -5, 2.5, "", "hi", [], [1, 2], None, {"k": 1}]


def with_if(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif isinstance(v, int):
        return "zero" if v == 0 else "negative" if v < 0 else "positive"
    elif isinstance(v, float):
        return "float"
    elif isinstance(v, str):
        return "empty str" if not v else "str"
    elif isinstance(v, list):
        return f"list of {len(v)}"
    else:
        return "other"


def with_match(v):
    match v:
        case None:
            return "none"
        case bool():
            return "bool"
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative"
        case int():
            return "positive"
        case float():
            return "float"
        case "":
            return "empty str"
        case str():
            return "str"
        case list(items):
            return f"list of {len(items)}"
        case _:
            return "other"

show('[with_if(v) for v in values]', lambda: ([with_if(v) for v in values]))
show('[with_match(v) for v in values]', lambda: ([with_match(v) for v in values]))
show('[with_if(v) == with_match(v) for v in values]', lambda: ([with_if(v) == with_match(v) for v in values]))
