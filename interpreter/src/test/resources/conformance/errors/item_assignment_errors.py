cases = []
def t1():
    s = 'abc'
    s[0] = 'x'
def t2():
    t = (1, 2)
    t[0] = 5
def t3():
    s = 'abc'
    del s[0]
def t4():
    r = range(3)
    r[0] = 1
def t5():
    f = frozenset([1])
    f[0] = 2
for t in [t1, t2, t3, t4, t5]:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
