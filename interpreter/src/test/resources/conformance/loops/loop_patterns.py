# common loop patterns
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def countdown(n):
    out = []
    while n:
        out.append(n)
        n -= 1
    return out


def enumerate_from_one(items):
    return [f"{i}. {x}" for i, x in enumerate(items, 1)]


def pairwise(xs):
    return [b - a for a, b in zip(xs, xs[1:])]


def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i, x
    return None


def nested_search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1


def accumulate_list(xs):
    out, total = [], 0
    for x in xs:
        total += x
        out.append(total)
    return out


def while_true_break():
    n, steps = 27, 0
    while True:
        if n == 1:
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

show('countdown(5)', lambda: (countdown(5)))
show('enumerate_from_one(["a", "b"])', lambda: (enumerate_from_one(["a", "b"])))
show('pairwise([1, 2, 4, 7])', lambda: (pairwise([1, 2, 4, 7])))
show('first_negative([3, 1, -4, 1, -5])', lambda: (first_negative([3, 1, -4, 1, -5])))
show('first_negative([1, 2])', lambda: (first_negative([1, 2])))
show('nested_search([[1, 2], [3, 4], [5]], 4)', lambda: (nested_search([[1, 2], [3, 4], [5]], 4)))
show('accumulate_list([1, 2, 3, 4])', lambda: (accumulate_list([1, 2, 3, 4])))
show('while_true_break()', lambda: (while_true_break()))
