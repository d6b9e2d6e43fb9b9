# A hand-written JSON-like serializer and pretty-printer with cycle detection


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=None, _level=0, _seen=None):
    seen = set() if _seen is None else _seen
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = "," if indent is not None else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {value}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple, dict)):
        if id(value) in seen:
            raise ValueError("circular reference detected")
        seen.add(id(value))
        try:
            if isinstance(value, dict):
                if not value:
                    return "{}"
                parts = []
                for k, v in value.items():
                    if not isinstance(k, str):
                        k = str(k)
                    parts.append(pad + escape(k) + ": " + dumps(v, indent, _level + 1, seen))
                return "{" + sep.join(parts) + end + "}"
            if not value:
                return "[]"
            parts = [pad + dumps(v, indent, _level + 1, seen) for v in value]
            return "[" + sep.join(parts) + end + "]"
        finally:
            seen.discard(id(value))
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


doc = {
    "name": "moat",
    "version": [1, 2, 0],
    "tags": ("sandbox", "python"),
    "stable": True,
    "license": None,
    "score": 9.5,
    "nested": {"empty_list": [], "empty_dict": {}, 3: "int key"},
    "text": 'quote " backslash \\ newline \n tab \t',
}
print(dumps(doc))
print(dumps(doc, indent=2))
shared = [1, 2]
print(dumps({"a": shared, "b": shared}))
loop = [1]
loop.append(loop)
for bad in [loop, {"f": float("nan")}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
