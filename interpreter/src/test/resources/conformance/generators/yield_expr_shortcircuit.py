# yield inside and/or, conditional expressions and chained comparisons:
# operands that CPython skips must be skipped (and not yielded)


def show(label, value):
    print("  eval", label, "->", value)
    return value


def boolops():
    a = show("a", 0) or (yield "or-yield")
    print("a =", a)
    b = show("b", 0) and (yield "never")
    print("b =", b)
    c = (yield "c1") and (yield "c2") and show("c3", "end")
    print("c =", c)
    d = (yield "d1") or show("d2", "fallback")
    print("d =", d)


def run(gen, values):
    out = []
    try:
        out.append(next(gen))
        for v in values:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
    print(out)


run(boolops(), ["A", 1, 2, 0])
run(boolops(), ["A", 0, None])


def conditional(flag):
    x = (yield "then") if flag else (yield "else")
    print("x =", x)
    y = "big" if (yield "test") > 10 else "small"
    print("y =", y)
    z = show("z", 1) if flag else (yield "z-else")
    print("z =", z)
    return x, y, z


run(conditional(True), ["T", 50])
run(conditional(False), ["E", 5, "ZZ"])


def chains():
    r = show("lo", 1) < (yield "mid") < show("hi", 10)
    print("r =", r)
    s = (yield "first") == (yield "second") == (yield "third")
    print("s =", s)
    t = 0 <= (yield "t") in [1, 2, 3]
    print("t =", t)


run(chains(), [5, 1, 1, 1, 2])
run(chains(), [50, 1, 2, 3])
