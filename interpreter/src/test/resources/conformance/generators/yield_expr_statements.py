# yield as part of the expression of compound statements and augmented assignments
class Box:
    def __init__(self):
        self.n = 1
        self.items = [0, 0]


def stmts():
    if (yield "if?"):
        print("if branch")
    else:
        print("else branch")
    for x in (yield "iterable"):
        print("item", x)
    n = 0
    while (yield n) != "stop":
        n += 1
    else:
        print("while else after", n)
    box = Box()
    box.n += (yield "attr")
    box.items[(yield "index")] += (yield "amount")
    print(box.n, box.items)
    total = 10
    total -= (yield "sub")
    print("total", total)
    match (yield "subject"):
        case [a, b]:
            print("pair", a, b)
        case _:
            print("other")
    assert (yield "assert"), "assertion message"
    return "finished"


g = stmts()
log = [next(g)]
for v in [1, [1, 2], "go", "go", "stop", 5, 1, 7, 3, (8, 9), 0]:
    try:
        log.append(g.send(v))
    except StopIteration as e:
        log.append(("stop", e.value))
        break
    except AssertionError as e:
        log.append(("assert", str(e)))
        break
print(log)


def raising():
    raise ValueError((yield "message?"))


g = raising()
print(next(g))
try:
    g.send("custom")
except ValueError as e:
    print("ValueError", e)


def yield_of_yield():
    x = yield (yield 1)
    print("x", x)
    y = yield from [(yield 2), (yield 3)]
    print("y", y)


g = yield_of_yield()
print(next(g), g.send("a"), g.send("b"), g.send("c"), g.send("d"))
try:
    g.send("e")
except AttributeError as e:
    print("AttributeError", e)
g = yield_of_yield()
print(next(g), g.send("a"), g.send("b"), g.send("c"), g.send(None), next(g))
try:
    next(g)
except StopIteration:
    print("end")
