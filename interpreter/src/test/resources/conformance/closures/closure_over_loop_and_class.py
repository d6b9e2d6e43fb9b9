# closures capturing loop variables and instances
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def make_funcs_bad():
    return [lambda: i for i in range(3)]


def make_funcs_good():
    return [(lambda j: lambda: j)(i) for i in range(3)]


def make_funcs_factory():
    def make(i):
        def f():
            return i * 10
        return f
    return [make(i) for i in range(3)]


def counter_objects():
    class Counter:
        def __init__(self):
            self.n = 0

        def inc(self):
            self.n += 1
            return self.n
    c = Counter()
    incs = [c.inc for _ in range(3)]
    return [f() for f in incs], c.n


def bound_method_closure():
    items = []
    add = items.append
    for x in "abc":
        add(x)
    return items, add.__self__ is items

show('[f() for f in make_funcs_bad()]', lambda: ([f() for f in make_funcs_bad()]))
show('[f() for f in make_funcs_good()]', lambda: ([f() for f in make_funcs_good()]))
show('[f() for f in make_funcs_factory()]', lambda: ([f() for f in make_funcs_factory()]))
show('counter_objects()', lambda: (counter_objects()))
show('bound_method_closure()', lambda: (bound_method_closure()))
