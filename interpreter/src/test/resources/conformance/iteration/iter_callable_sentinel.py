# iter(callable, sentinel) calls until the sentinel comes back
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
lines = ["alpha", "beta", "", "gamma"]
pos = iter(lines)
for line in iter(lambda: next(pos), ""):
    print("line:", line)
print(next(pos))

it = iter(tick, 100)
print(type(it).__name__)
print(next(it), next(it))
try:
    iter(42, 1)
except TypeError as e:
    print("TypeError", e)
try:
    iter([1, 2], 3)
except TypeError as e:
    print("TypeError", e)


class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def read(self):
        return self.chunks.pop(0) if self.chunks else b""


r = Reader([b"ab", b"cd", b"e"])
print(b"".join(iter(r.read, b"")))
