# the StopIteration that ends a generator carries its return value, once
def g():
    return 5
    yield
def h():
    yield 1
    return 6
try:
    next(g())
except StopIteration as e:
    print("g", e.value, e.args)
it = h()
next(it)
try:
    next(it)
except StopIteration as e:
    print("h", e.value, e.args)
def k(flag):
    if flag:
        return 7
    yield 1
try:
    next(k(True))
except StopIteration as e:
    print("k", e.value, e.args)
it = h()
print(next(it), it.__next__.__name__)
for _ in range(2):
    try:
        it.__next__()
    except StopIteration as e:
        print("again", e.args)
it = h()
next(it)
print(next(it, "dflt"))
try:
    next(it)
except StopIteration as e:
    print("after default", e.args)
it = h()
next(it)
try:
    it.send(None)
except StopIteration as e:
    print("send", e.args)
try:
    it.send(None)
except StopIteration as e:
    print("send again", e.args)
