# a yield may supply a comprehension's first iterable (evaluated in the generator itself)
def comps():
    squares = [x * x for x in (yield "list")]
    evens = {x for x in (yield "set") if x % 2 == 0}
    table = {k: len(k) for k in (yield "dict")}
    lazy = (c.upper() for c in (yield "genexp"))
    print(squares, sorted(evens), table, list(lazy))


g = comps()
print(next(g))
print(g.send([1, 2, 3]))
print(g.send(range(6)))
print(g.send(["ab", "cde"]))
try:
    g.send("xyz")
except StopIteration:
    print("done")


def deleting():
    data = {"a": 1, "b": 2, "c": 3}
    del data[(yield "which?")]
    print(data)
    items = list(range(10))
    del items[(yield "start"):(yield "stop")]
    print(items)


g = deleting()
print(next(g))
print(g.send("b"))
print(g.send(2))
try:
    g.send(7)
except StopIteration:
    print("deleted")
