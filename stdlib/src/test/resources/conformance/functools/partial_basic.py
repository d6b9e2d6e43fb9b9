from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.func is f, p.args, p.keywords)
q = partial(p, 2, c=9)
print(q(), q.args, q.keywords, q.func is f)
base2 = partial(int, base=2)
print(base2('1010'), repr(base2))
print(repr(partial(len, 'abc')))
try:
    partial(1)
except TypeError as e:
    print(e)
print(list(map(partial(pow, 2), range(5))))
