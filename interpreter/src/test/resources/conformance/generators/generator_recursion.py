# recursive generators and yield from
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def permutations(s):
    if len(s) <= 1:
        yield s
        return
    for i, ch in enumerate(s):
        for rest in permutations(s[:i] + s[i + 1:]):
            yield ch + rest


def subsets(items):
    if not items:
        yield []
        return
    for sub in subsets(items[1:]):
        yield sub
        yield [items[0]] + sub


def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (src, dst)
        yield from hanoi(n - 1, via, dst, src)


def walk(tree, path=()):
    for k, v in tree.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield "/".join(path + (k,)), v


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

show('list(permutations("abc"))', lambda: (list(permutations("abc"))))
show('list(subsets([1, 2, 3]))', lambda: (list(subsets([1, 2, 3]))))
show('list(hanoi(3, "A", "C", "B"))', lambda: (list(hanoi(3, "A", "C", "B"))))
show('list(walk({"a": {"b": 1, "c": {"d": 2}}, "e": 3}))', lambda: (list(walk({"a": {"b": 1, "c": {"d": 2}}, "e": 3}))))
show('list(take(fib(), 12))', lambda: (list(take(fib(), 12))))
show('list(take(primes(), 10))', lambda: (list(take(primes(), 10))))
