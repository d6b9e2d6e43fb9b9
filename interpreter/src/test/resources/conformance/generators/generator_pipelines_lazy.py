# lazy generator pipelines only pull what is needed
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


pulled = []


def numbers():
    n = 0
    while True:
        pulled.append(n)
        yield n
        n += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    return (x for x in it if x % 2 == 0)


def first_n(it, n):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x


def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def dedupe(it):
    last = object()
    for x in it:
        if x != last:
            yield x
            last = x

show('first_n(numbers(), 3), pulled', lambda: (first_n(numbers(), 3), pulled))
show('[x for x in evens(squares(range(10)))]', lambda: ([x for x in evens(squares(range(10)))]))
show('list(zip(numbers(), "abc")), pulled', lambda: (list(zip(numbers(), "abc")), pulled))
show('sum(take_while(lambda x: x < 50, squares(numbers())))', lambda: (sum(take_while(lambda x: x < 50, squares(numbers())))))
show('list(batched(range(7), 3))', lambda: (list(batched(range(7), 3))))
show('list(enumerate(dedupe("aabbbcaad")))', lambda: (list(enumerate(dedupe("aabbbcaad")))))
