def catcher():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("caught ValueError", e)
            yield "recovered"
        except TypeError:
            print("caught TypeError, stopping")
            return "stopped"


c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("bad")))
next(c)
print(c.throw(ValueError))
next(c)
try:
    c.throw(TypeError)
except StopIteration as e:
    print("StopIteration", e.value)

fresh = catcher()
try:
    fresh.throw(KeyError("early"))
except KeyError as e:
    print("not started, re-raised", e)
print(next(fresh, "dead"))


def uncaught():
    yield 1
    yield 2


u = uncaught()
next(u)
try:
    u.throw(IndexError, IndexError("idx"))
except IndexError as e:
    print("propagated", e)
try:
    u.throw(42)
except TypeError as e:
    print("TypeError", e)


def delegate():
    result = yield from catcher()
    print("inner result", result)
    yield "outer"


d = delegate()
next(d)
print(d.throw(ValueError("through")))
next(d)
print(d.throw(TypeError))
