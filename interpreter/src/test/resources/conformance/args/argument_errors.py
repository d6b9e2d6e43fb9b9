def f(x):
    return x
def g(a, b=2):
    return a
tests = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, c=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
