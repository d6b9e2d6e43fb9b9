# functions as first-class objects
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def square(x):
    return x * x


def double(x):
    return 2 * x


def negate(x):
    return -x


def apply(fn, arg):
    return fn(arg)


def compose2(f, g):
    return lambda x: f(g(x))


registry = {"sq": square, "dbl": double}


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return self.k * x


def make_adders():
    return [lambda x, n=n: x + n for n in range(5)]

show('apply(square, 4), apply(len, "abc"), apply(str.upper, "x")', lambda: (apply(square, 4), apply(len, "abc"), apply(str.upper, "x")))
show('[f(3) for f in (square, double, negate)]', lambda: ([f(3) for f in (square, double, negate)]))
show('compose2(square, double)(3), compose2(double, square)(3)', lambda: (compose2(square, double)(3), compose2(double, square)(3)))
show('registry["sq"](5), sorted(registry)', lambda: (registry["sq"](5), sorted(registry)))
show('square.__name__, double.__name__, (lambda: 0).__name__', lambda: (square.__name__, double.__name__, (lambda: 0).__name__))
show('callable(square), callable(registry), callable(Multiplier(2))', lambda: (callable(square), callable(registry), callable(Multiplier(2))))
show('Multiplier(3)(7), list(map(Multiplier(2), [1, 2]))', lambda: (Multiplier(3)(7), list(map(Multiplier(2), [1, 2]))))
show('make_adders()[2](10)', lambda: (make_adders()[2](10)))
