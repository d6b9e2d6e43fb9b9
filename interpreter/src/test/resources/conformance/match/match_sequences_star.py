def shape(seq):
    match seq:
        case ():
            return "empty"
        case (x,):
            return f"one: {x}"
        case (first, *middle, last) if not middle:
            return f"two: {first},{last}"
        case (first, *middle, last):
            return f"first={first} middle={middle} last={last}"

for s in [[], [1], (1, 2), [1, 2, 3, 4], range(5), "ab"]:
    try:
        print(repr(s), "->", shape(s))
    except Exception as e:
        print(type(e).__name__, e)
def head_tail(lst):
    match lst:
        case [h, *t]:
            return h + head_tail(t)
        case []:
            return 0
print(head_tail([1, 2, 3, 4, 5]))
def pairs(xs):
    match xs:
        case [(a, b), *rest]:
            return [(b, a)] + pairs(rest)
        case _:
            return []
print(pairs([(1, 2), (3, 4), [5, 6]]))
match {"a": 1}:
    case [x]:
        print("sequence?")
    case _:
        print("dict is not a sequence")
match "abc":
    case [a, b, c]:
        print("str matched as sequence")
    case str():
        print("str is not a sequence pattern subject")
