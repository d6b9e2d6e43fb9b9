def gen():
    yield 1
    yield 2


g = gen()
print(g.__name__, g.__qualname__)
print(iter(g) is g)
print(next(g))
print(list(g))
print(list(g))
print(next(g, "empty"))


class Holder:
    def items(self):
        yield from ("a", "b")


h = Holder().items()
print(h.__name__, h.__qualname__)


def early_close():
    try:
        yield "one"
        yield "two"
    finally:
        print("cleanup")


e = early_close()
print(next(e))
e.close()
e.close()
print(list(e))


def raises_in_gen():
    yield 1
    raise KeyError("boom")


r = raises_in_gen()
print(next(r))
try:
    next(r)
except KeyError as ex:
    print("KeyError", ex)
print(next(r, "finished"))


def ignore_exit():
    try:
        yield
    except GeneratorExit:
        print("ignoring")
    yield "still here"


ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as ex:
    print("RuntimeError", ex)


def self_next():
    yield next(me)


me = self_next()
try:
    next(me)
except ValueError as ex:
    print("ValueError", ex)
