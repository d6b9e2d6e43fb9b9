# generator expressions are lazy and single-use
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


log = []


def noisy(x):
    log.append(x)
    return x


def consume(g):
    return [next(g), next(g)], list(g)


gen_a = (c.upper() for c in "moat")
squares = (n * n for n in range(4))

show('consume(gen_a)', lambda: (consume(gen_a)))
show('list(squares)', lambda: (list(squares)))
show('list(squares)', lambda: (list(squares)))
show('sum(x for x in range(5) if x % 2)', lambda: (sum(x for x in range(5) if x % 2)))
show('next(x for x in [] if x) if False else "skip"', lambda: (next(x for x in [] if x) if False else "skip"))
show('next((x for x in "abc" if x > "a"))', lambda: (next((x for x in "abc" if x > "a"))))
show('next((x for x in "abc" if x > "z"), "none")', lambda: (next((x for x in "abc" if x > "z"), "none")))
show('list(zip((i for i in range(3)), (c for c in "xyz")))', lambda: (list(zip((i for i in range(3)), (c for c in "xyz")))))
show('any(noisy(x) for x in [0, 0, 1, 1])', lambda: (any(noisy(x) for x in [0, 0, 1, 1])))
show('all(noisy(x) for x in [1, 0, 1])', lambda: (all(noisy(x) for x in [1, 0, 1])))
show('max((len(w), w) for w in "a bb ccc dd".split())', lambda: (max((len(w), w) for w in "a bb ccc dd".split())))
show('sorted((x % 3 for x in range(7)), reverse=True)', lambda: (sorted((x % 3 for x in range(7)), reverse=True)))
show('type(x for x in []).__name__', lambda: (type(x for x in []).__name__))
