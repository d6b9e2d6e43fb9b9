def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "yes" | "y":
            return "affirmative"
        case b"raw":
            return "bytes"
        case (1, 2):
            return "pair 1 2"
        case [1, [2, x]]:
            return f"nested with {x}"
        case int(n) if n > 100:
            return "big"
        case int(n) if n % 2 == 0:
            return "even"
        case int():
            return "odd"
        case _:
            return f"other {v!r}"

for v in [None, True, False, 0, 0.0, 2, -1, 1.5, "y", b"raw", (1, 2), [1, 2], [1, [2, 9]], (1, (2, "t")), 1000, 44, 7, "no"]:
    print(repr(v), "->", classify(v))
