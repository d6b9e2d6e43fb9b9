def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
anon1 = lambda x: x
anon0 = lambda: 0
cases = [lambda: none(1), lambda: none(1, 2), lambda: one(), lambda: two(), lambda: three(),
         lambda: three(1), lambda: opt(), lambda: opt(1, 2, 3), lambda: two(1, 2, 3),
         lambda: anon1(), lambda: anon0(5)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
