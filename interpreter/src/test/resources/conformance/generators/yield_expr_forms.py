# yield used as a value inside larger expressions

def trace(label, value):
    print("eval", label)
    return value


def calls():
    print("got", (yield "first"))
    r = trace("f", max)(trace("a", 1), (yield "second"), trace("b", 3))
    print("max", r)
    total = trace("x", 10) + (yield "third") * trace("y", 2)
    print("total", total)
    return (yield "last")


g = calls()
print(next(g))
print(g.send("A"))
print(g.send(7))
print(g.send(4))
try:
    g.send("done")
except StopIteration as e:
    print("returned", e.value)


def containers():
    items = [trace("a", 1), (yield 1), trace("b", 2)]
    print(items)
    t = (trace("c", 0), *(yield 2), trace("d", 9))
    print(t)
    d = {trace("k1", "k1"): (yield 3), (yield 4): trace("v2", "v2")}
    print(d)
    s = {(yield 5), trace("e", 5)}
    print(sorted(s))


g = containers()
print(next(g))
print(g.send("x"))
print(g.send([7, 8]))
print(g.send("V1"))
print(g.send("K2"))
try:
    g.send(3)
except StopIteration:
    print("containers done")


def attributes_and_items():
    data = {"a": [10, 20, 30]}
    print(data[(yield "key")][(yield "index")])
    print("%s-%s" % ((yield "left"), (yield "right")))
    print(f"<{(yield 'fmt')}> and <{(yield 'fmt2')!r:>6}>")
    print(str.upper((yield "method")))


g = attributes_and_items()
out = [next(g)]
for v in ["a", 2, "L", "R", 42, "hi", "shout"]:
    try:
        out.append(g.send(v))
    except StopIteration:
        out.append("stop")
print(out)
