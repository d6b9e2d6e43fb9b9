# tuples are immutable but may hold mutable items
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def assign_item():
    t = (1, 2)
    try:
        t[0] = 5
    except TypeError as e:
        return str(e)


def append_to_inner():
    t = (1, [2])
    t[1].append(3)
    return t


def augmented():
    t = (1, [2])
    try:
        t[1] += [3]
    except TypeError as e:
        return str(e), t


def hash_with_list():
    try:
        return hash((1, [2]))
    except TypeError as e:
        return str(e)

show('assign_item()', lambda: (assign_item()))
show('append_to_inner()', lambda: (append_to_inner()))
show('augmented()', lambda: (augmented()))
show('hash_with_list()', lambda: (hash_with_list()))
show('(1, 2, 3)[1:] + (4,), tuple(reversed((1, 2, 3)))', lambda: ((1, 2, 3)[1:] + (4,), tuple(reversed((1, 2, 3)))))
