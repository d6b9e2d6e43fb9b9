def pairs():
    yield (1, 2)
    yield (3,)


def total(items):
    s = 0
    for a, b in items:
        s += a
        s += b
    return s


def classify(x):
    match x:
        case [a, *_] if a.size:
            return a
    return None


try:
    total(pairs())
except ValueError:
    classify([1])
