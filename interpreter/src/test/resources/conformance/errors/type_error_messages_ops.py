# TypeError messages of operators
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


not_callable = 5

show('1 + "a"', lambda: (1 + "a"))
show('"a" + 1', lambda: ("a" + 1))
show('[1] + "a"', lambda: ([1] + "a"))
show('(1,) + [1]', lambda: ((1,) + [1]))
show('{} + {}', lambda: ({} + {}))
show('{1} + {2}', lambda: ({1} + {2}))
show('1 - "a"', lambda: (1 - "a"))
show('"a" * "b"', lambda: ("a" * "b"))
show('[] * []', lambda: ([] * []))
show('1 / "a"', lambda: (1 / "a"))
show('1 // []', lambda: (1 // []))
show('1 % None', lambda: (1 % None))
show('2 ** "a"', lambda: (2 ** "a"))
show('-"a"', lambda: (-"a"))
show('+[]', lambda: (+[]))
show('~1.5', lambda: (~1.5))
show('not_callable()', lambda: (not_callable()))
show('(lambda f: f())(1)', lambda: ((lambda f: f())(1)))
show('(lambda f: f())("abc")', lambda: ((lambda f: f())("abc")))
show('(lambda f: f(0))([1, 2])', lambda: ((lambda f: f(0))([1, 2])))
show('(lambda x: x[0])(None)', lambda: ((lambda x: x[0])(None)))
show('(lambda x: x[0])(1)', lambda: ((lambda x: x[0])(1)))
show('(lambda x: x[0])(len)', lambda: ((lambda x: x[0])(len)))
show('{}[[]]', lambda: ({}[[]]))
