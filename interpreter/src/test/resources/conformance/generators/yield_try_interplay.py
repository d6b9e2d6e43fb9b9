# yields in try bodies, except handlers, else and finally, with throw() and close()


def guarded():
    try:
        x = yield "in try"
        print("  try got", x)
    except ValueError as e:
        y = yield f"in except ({e})"
        print("  except got", y)
    else:
        z = yield "in else"
        print("  else got", z)
    finally:
        w = yield "in finally"
        print("  finally got", w)
    yield "after"


g = guarded()
print(next(g), g.send(1), g.send(2), g.send(3))
g = guarded()
print(next(g), g.throw(ValueError("v")), g.send("h"), g.send("f"))
g = guarded()
next(g)
g.send(1)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped after finally:", e)


def result_of_yield_in_finally():
    try:
        return "from try"
    finally:
        print("  finally before return completes:", (yield "pause"))


g = result_of_yield_in_finally()
print(next(g))
try:
    g.send("resumed")
except StopIteration as e:
    print("returned", e.value)
