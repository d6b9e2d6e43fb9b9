def inner(name):
    received = []
    try:
        while True:
            x = yield f"{name} ready"
            if x == "stop":
                return received
            received.append(x)
    except KeyError as e:
        print("inner caught KeyError", e)
        return ["aborted"]
    finally:
        print("inner", name, "cleanup")

def outer():
    r1 = yield from inner("A")
    print("A returned", r1)
    r2 = yield from inner("B")
    print("B returned", r2)
    yield "outer end"

g = outer()
print(next(g))
print(g.send(1), g.send(2))
print(g.send("stop"))
print(g.send(3))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("outer done")

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4])], [], 5])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), {"k": 1})))
def g2():
    yield from inner("C")
x = g2(); next(x); x.close()
print("closed")
