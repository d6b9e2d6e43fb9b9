# yield inside the cases of a match statement: the generator resumes in the case it chose
def tokens(items):
    for item in items:
        match item:
            case int(n) if n < 0:
                yield ("neg", n)
                yield ("abs", -n)
            case int(n):
                yield ("int", n)
            case [first, *rest]:
                yield ("head", first)
                for r in rest:
                    yield ("tail", r)
            case {"op": op, **others}:
                x = yield ("op", op)
                yield ("sent", x, sorted(others))
            case str() as s:
                try:
                    yield ("str", s.upper())
                finally:
                    print("finally for", s)
            case _:
                yield ("other", repr(item))


g = tokens([3, -4, [1, 2, 3], {"op": "add", "a": 1, "b": 2}, "hi", None, []])
out = []
for t in g:
    out.append(t)
print(out)

g = tokens([{"op": "mul"}])
print(next(g))
print(g.send("value"))
try:
    next(g)
except StopIteration:
    print("done")


def matcher(seq):
    match seq:
        case (a, b):
            yield a
            yield b
        case _:
            return "no pair"

print(list(matcher((1, 2))), list(matcher([1, 2, 3])))
try:
    gen = matcher("x")
    next(gen)
except StopIteration as e:
    print("returned", e.value)
g = tokens(["abc", "def"])
print(next(g))
g.close()
print("closed")
