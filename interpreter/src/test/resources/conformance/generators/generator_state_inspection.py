def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

g = countdown(3)
print(type(g).__name__, g.__name__)
print(list(g), list(g))
g = countdown(2)
it = iter(g)
print(it is g, next(g), next(g), next(g, "exhausted"))
def running():
    yield gen_ref.gi_running
gen_ref = running()
print(gen_ref.gi_running, next(gen_ref), gen_ref.gi_running)
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def gen_with_return():
    yield 1
    return [1, 2]
r = gen_with_return()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value, e.args)
ge = (x * x for x in range(3))
print(type(ge).__name__, sum(ge), sum(ge))
try:
    next(3 for _ in [])
except StopIteration as e:
    print("empty genexp", repr(e.value))
try:
    (yield_ for yield_ in 5)
except TypeError as e:
    print(type(e).__name__, e)
