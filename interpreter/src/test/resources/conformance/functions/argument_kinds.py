# positional, keyword, *args, **kwargs and positional-only parameters
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def f(a, b=2, *args, c=30, **kwargs):
    return a, b, args, c, kwargs


def g(a, /, b):
    return a, b


def h(a, b, *, c):
    return a + b + c


def defaults(x=[1], *, y={"k": 1}):
    return x, y

show('f(1)', lambda: (f(1)))
show('f(1, 2, 3, 4, e=5, z=6)', lambda: (f(1, 2, 3, 4, e=5, z=6)))
show('f(a=1, b=2)', lambda: (f(a=1, b=2)))
show('f(1, c=3)', lambda: (f(1, c=3)))
show('f()', lambda: (f()))
show('f(1, 2, a=3)', lambda: (f(1, 2, a=3)))
show('g(1, 2)', lambda: (g(1, 2)))
show('g(1, b=2)', lambda: (g(1, b=2)))
show('g(a=1, b=2)', lambda: (g(a=1, b=2)))
show('h(1, 2, 3)', lambda: (h(1, 2, 3)))
show('h(1, 2, c=3)', lambda: (h(1, 2, c=3)))
show('h(1, 2, c=3, d=4)', lambda: (h(1, 2, c=3, d=4)))
show('defaults.__defaults__, defaults.__kwdefaults__', lambda: (defaults.__defaults__, defaults.__kwdefaults__))
show('defaults()', lambda: (defaults()))
show('defaults(x=0)', lambda: (defaults(x=0)))
