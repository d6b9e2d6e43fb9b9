# lambdas in common roles
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

show('(lambda: 42)()', lambda: ((lambda: 42)()))
show('(lambda x, y=2: x * y)(5)', lambda: ((lambda x, y=2: x * y)(5)))
show('(lambda *a, **k: (a, k))(1, 2, z=3)', lambda: ((lambda *a, **k: (a, k))(1, 2, z=3)))
show('(lambda x: (lambda y: x + y))(10)(5)', lambda: ((lambda x: (lambda y: x + y))(10)(5)))
show('list(map(lambda s: s[::-1], ["ab", "cd"]))', lambda: (list(map(lambda s: s[::-1], ["ab", "cd"]))))
show('list(filter(lambda n: n % 3 == 0, range(10)))', lambda: (list(filter(lambda n: n % 3 == 0, range(10)))))
show('sorted([(1, "b"), (2, "a")], key=lambda t: t[1])', lambda: (sorted([(1, "b"), (2, "a")], key=lambda t: t[1])))
show('(lambda: (yield))().__class__.__name__', lambda: ((lambda: (yield))().__class__.__name__))
show('(lambda x: x)(x=3)', lambda: ((lambda x: x)(x=3)))
show('(lambda: 0)(1)', lambda: ((lambda: 0)(1)))
show('(lambda x, /: x)(x=1)', lambda: ((lambda x, /: x)(x=1)))
show('(lambda: None).__name__', lambda: ((lambda: None).__name__))
show('compose(str.upper, str.strip)("  hi ")', lambda: (compose(str.upper, str.strip)("  hi ")))
