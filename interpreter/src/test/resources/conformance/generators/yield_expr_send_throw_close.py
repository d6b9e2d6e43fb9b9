# throw/close while suspended in the middle of an expression


def worker():
    results = []
    while True:
        try:
            results.append("got " + str((yield len(results))))
        except KeyError as e:
            results.append("key error " + str(e))
        except GeneratorExit:
            print("closing with", results)
            raise
        finally:
            print("  step", len(results))


g = worker()
print(next(g))
print(g.send("a"))
print(g.throw(KeyError("k")))
print(g.send("b"))
g.close()
print("closed")


def partial():
    try:
        value = [1, 2, (yield "inside list"), 4]
        print("never", value)
    except ZeroDivisionError:
        print("caught, rest of the list skipped")
        yield "after"


g = partial()
print(next(g))
print(g.throw(ZeroDivisionError))
try:
    next(g)
except StopIteration:
    print("exhausted")


def accumulate():
    total = 0
    count = 0
    while True:
        value = yield total / count if count else None
        if value is None:
            return total, count
        total += value
        count += 1


avg = accumulate()
next(avg)
for x in [10, 20, 60]:
    print("average", avg.send(x))
try:
    avg.send(None)
except StopIteration as e:
    print("final", e.value)


def delegating():
    result = (yield from accumulate()) + ("extra",)
    print("delegate got", result)
    yield result


d = delegating()
next(d)
d.send(5)
d.send(7)
print(d.send(None))
