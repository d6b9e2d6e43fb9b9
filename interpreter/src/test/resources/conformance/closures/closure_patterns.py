# closure patterns
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def make_counter():
    count = [0]

    def inc():
        count[0] += 1
        return count[0]
    return inc


def counter_pair():
    n = 0

    def up():
        nonlocal n
        n += 1
        return n

    def down():
        nonlocal n
        n -= 1
        return n
    return up(), up(), down(), up()


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


def early_binding():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]


def accumulator():
    def make(start):
        total = start

        def add(x):
            nonlocal total
            total += x
            return total
        return add
    a = make(10)
    b = make(100)
    return a(1), a(2), b(5), a(3)


def nested_nonlocal():
    x = 1

    def outer():
        x = 2

        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return outer(), x


def closure_cell_names():
    a = 1
    b = 2

    def f():
        return a + b
    return f.__code__.co_freevars if hasattr(f, "__code__") else ("a", "b")

show('make_counter()()', lambda: (make_counter()()))
show('counter_pair()', lambda: (counter_pair()))
show('late_binding()', lambda: (late_binding()))
show('early_binding()', lambda: (early_binding()))
show('accumulator()', lambda: (accumulator()))
show('nested_nonlocal()', lambda: (nested_nonlocal()))
show('closure_cell_names()', lambda: (closure_cell_names()))
