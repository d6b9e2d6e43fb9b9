# yield as call arguments, keyword arguments and starred arguments


def log(*args, **kwargs):
    print("log", args, kwargs)
    return len(args) + len(kwargs)


def producer():
    n = log((yield "a"), (yield "b"))
    m = log(first=(yield "c"), second=(yield "d"))
    k = log(*(yield "e"), **(yield "f"))
    return n + m + k


g = producer()
sent = iter([1, 2, 3, 4, [5, 6, 7], {"x": 8}])
out = [next(g)]
try:
    while True:
        out.append(g.send(next(sent)))
except StopIteration as e:
    out.append(("returned", e.value))
print(out)


def method_calls():
    parts = []
    parts.append((yield "part?"))
    parts.extend((yield "more?"))
    sep = yield "sep?"
    return sep.join(parts).upper()


g = method_calls()
print(next(g), g.send("x"), g.send(["y", "z"]))
try:
    g.send("-")
except StopIteration as e:
    print(e.value)
