n = 5
s = 'str'
nothing = None
fl = 3.5
def fn():
    pass
cases = [lambda: n[0], lambda: nothing[0], lambda: fn[0], lambda: list(n),
         lambda: [x for x in fl], lambda: n(), lambda: s(), lambda: nothing(),
         lambda: 2 in n, lambda: len(n), lambda: len(nothing)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
