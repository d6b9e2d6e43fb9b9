def gen():
    x = (yield 1) + (yield 2)
    print("x =", x)
    y = [(yield "a"), (yield "b")]
    print("y =", y)
    z = {"k": (yield "c")}
    print("z =", z)
    w = f"<{(yield 'd')}>"
    print("w =", w)
    v = (yield "e") if x > 5 else (yield "f")
    print("v =", v)
    return "done"

g = gen()
out = [next(g)]
for s in [10, 20, "A", "B", "C", "D", "E"]:
    try:
        out.append(g.send(s))
    except StopIteration as e:
        out.append(("stop", e.value))
print(out)
def accumulate():
    total = 0
    while True:
        total += (yield total) or 0
acc = accumulate()
next(acc)
print([acc.send(i) for i in [1, 2, 3, None, 4]])
def pairs():
    a, b = (yield), (yield)
    yield a, b
p = pairs(); next(p); p.send("left")
print(p.send("right"))
