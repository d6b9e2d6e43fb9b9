# in-place list operations
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def insert_demo():
    a = [1, 2, 3]
    a.insert(0, "start")
    a.insert(100, "end")
    a.insert(-1, "before last")
    a.insert(-100, "very first")
    return a


def slice_assign():
    a = list(range(8))
    a[1:3] = "xyz"
    b = list(range(8))
    b[::2] = [0, 0, 0, 0]
    c = list(range(5))
    c[1:4] = []
    d = list(range(6))
    try:
        d[::2] = [1]
    except ValueError as e:
        d = str(e)
    e = [1, 2, 3]
    e[5:] = [9]
    return a, b, c, d, e


def extend_demo():
    a = [1]
    a.extend(range(2, 4))
    a.extend("ab")
    a += (7,)
    a.extend(x * x for x in range(3))
    a.append([1])
    return a


def reverse_clear():
    a = [1, 2, 3]
    a.reverse()
    b = a
    a.clear()
    return a, b, a is b

show('insert_demo()', lambda: (insert_demo()))
show('slice_assign()', lambda: (slice_assign()))
show('extend_demo()', lambda: (extend_demo()))
show('reverse_clear()', lambda: (reverse_clear()))
