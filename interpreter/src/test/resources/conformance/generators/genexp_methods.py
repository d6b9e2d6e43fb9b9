# generator expressions are generators: send, throw and close work on them
squares = (n * n for n in range(5))
print(type(squares).__name__, squares.__name__)
print(next(squares), squares.send(None), squares.send("ignored"))
try:
    squares.throw(ValueError("stop here"))
except ValueError as e:
    print("ValueError:", e)
print(list(squares), next(squares, "finished"))

fresh = (c for c in "abc")
try:
    fresh.send("x")
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))
fresh.close()
print(list(fresh))


def gen():
    yield 1


print(next(gen()), [x for x in (y * 2 for y in gen())])
