def windows(iterable, size, step=1):
    if size < 1 or step < 1:
        raise ValueError(f"size and step must be >= 1, got {size}, {step}")
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            del buf[:step]

def chunks(iterable, n):
    it = iter(iterable)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                if chunk:
                    yield chunk
                return
        yield chunk

def moving_average(xs, k):
    for w in windows(xs, k):
        yield round(sum(w) / k, 2)

print(list(windows(range(6), 3)))
print(list(windows("abcdefg", 2, 3)))
print(list(chunks(range(7), 3)), list(chunks([], 2)))
print(list(moving_average([3, 5, 7, 2, 8, 10, 11, 65, 72, 81], 4)))
try:
    list(windows([1], 0))
except ValueError as e:
    print(type(e).__name__, e)
g = windows(range(3), 2, 0)
print(type(g).__name__, "created lazily")
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
pairs = zip(*[iter(range(8))] * 2)
print(list(pairs))
