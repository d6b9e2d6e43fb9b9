# comprehension scoping rules
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


def leak_check():
    x = "outer"
    [x for x in range(3)]
    return x


def class_scope_comprehension():
    class K:
        base = 10
        vals = [base + i for i in range(3)] if False else None
        items = [i for i in range(base)]
    return K.items[-1]


def walrus_in_comprehension():
    total = 0
    running = [total := total + n for n in [1, 2, 3]]
    return running, total

show('[x for x in range(3)]', lambda: ([x for x in range(3)]))
show('leak_check()', lambda: (leak_check()))
show('[y for x in [[1, 2], [3]] for y in x]', lambda: ([y for x in [[1, 2], [3]] for y in x]))
show('[(x, y) for x in range(3) for y in range(x)]', lambda: ([(x, y) for x in range(3) for y in range(x)]))
show('[x for x in range(10) if x % 2 if x > 3]', lambda: ([x for x in range(10) if x % 2 if x > 3]))
show('[x if x % 2 else -x for x in range(5)]', lambda: ([x if x % 2 else -x for x in range(5)]))
show('{x: [y for y in range(x)] for x in range(3)}', lambda: ({x: [y for y in range(x)] for x in range(3)}))
show('[[r * c for c in range(3)] for r in range(3)]', lambda: ([[r * c for c in range(3)] for r in range(3)]))
show('class_scope_comprehension()', lambda: (class_scope_comprehension()))
show('walrus_in_comprehension()', lambda: (walrus_in_comprehension()))
show('[len(w) for w in "a bb ccc".split()]', lambda: ([len(w) for w in "a bb ccc".split()]))
show('sum(n for n in range(5))', lambda: (sum(n for n in range(5))))
show('list(map(lambda f: f(), [lambda i=i: i * 10 for i in range(3)]))', lambda: (list(map(lambda f: f(), [lambda i=i: i * 10 for i in range(3)]))))
show('{c for c in "mississippi"} == set("misp")', lambda: ({c for c in "mississippi"} == set("misp")))
