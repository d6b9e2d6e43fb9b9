def f(x, y=0, *, k):
    pass
def p(a, /, b):
    pass
cases = [lambda: f(1), lambda: f(1, z=2, k=0), lambda: f(1, x=2, k=0),
         lambda: f(1, 2, 3, k=4), lambda: p(a=1, b=2), lambda: f(k=1),
         lambda: f(1, **{'k': 1, 'y': 2, 'w': 3})]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
