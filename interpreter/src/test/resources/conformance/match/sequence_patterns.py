def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} ({len(middle)} inside)"
        case [first, *rest]:
            return f"head {first} tail {rest}"


for s in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3)]:
    print(repr(s), "->", shape(s))


def nested(p):
    match p:
        case [(0, 0), *_]:
            return "starts at origin"
        case [(x, y), (x2, y2)] if x == x2:
            return f"vertical at x={x}"
        case [[a, b], [c, d]]:
            return f"matrix det={a * d - b * c}"
        case [*_, (_, 0)]:
            return "ends on x axis"
        case _:
            return "no match"


print(nested([(0, 0), (1, 1)]))
print(nested([(2, 5), (2, 9)]))
print(nested([[1, 2], [3, 4]]))
print(nested([(1, 1), (5, 6), (3, 0)]))
print(nested([(1, 1)]))
match "abc":
    case [a, b, c]:
        print("string matched as sequence?!")
    case str() as s:
        print("string", s)
match b"ab":
    case [a, b]:
        print("bytes as sequence?!")
    case _:
        print("bytes not a sequence pattern")
match (1, 2, 3):
    case (1, *rest):
        print("rest is a list:", rest, type(rest).__name__)
