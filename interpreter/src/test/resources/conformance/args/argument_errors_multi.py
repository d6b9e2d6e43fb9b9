def f(a, b, c):
    pass
def k(*, p, q):
    pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: k(), lambda: k(p=1), lambda: k(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
