def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"other {other!r}"


for v in [0, 2, -1, 1.5, "hi", b"raw", True, None, False, 1.0, "x", [1]]:
    print(repr(v), "->", describe(v))
