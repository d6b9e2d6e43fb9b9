# generator lambdas, and yields inside assignment targets
gen_lambda = lambda n: (yield n) + (yield n * 2)
g = gen_lambda(5)
print(next(g))
print(g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print("lambda returned", e.value)

print(list((lambda: (yield from range(3)))()))
print(type(gen_lambda(1)).__name__)


def store():
    data = {}
    items = [0, 0, 0]
    data[(yield "key")] = "value"
    items[(yield "index")] = (yield "item")
    print(data, items)


g = store()
print(next(g))
print(g.send("k"))
print(g.send("X"))
try:
    g.send(2)
except StopIteration:
    pass


class Rec:
    pass


def attrs():
    r = Rec()
    r.value = (yield) + 1
    r.other = [(yield)] * 2
    print(r.value, r.other)
    yield r.value + len(r.other)


g = attrs()
next(g)
g.send(41)
print(g.send("z"))
