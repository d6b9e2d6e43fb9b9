class I(int):
    pass
class F(float):
    pass
class S(str):
    pass
def loop(a, b):
    t = 0
    for _ in range(3):
        t = t + a * b - a // 2 + (a < b) + (a == b)
    return t
print(loop(3, 4), loop(I(3), 4), loop(3, I(4)), loop(F(1.5), 2), loop(2.5, F(3)))
xs = [I(3), 1, I(2), 5, F(0.5)]
xs.sort()
print(xs, sorted([S("b"), "a", S("c")]), sorted(xs, key=lambda v: -v))
d = {}
for k in [I(1), 1, S("a"), "a", F(1.0)]:
    d[k] = d.get(k, 0) + 1
print(d)
x = I(10)
x += 5
x -= I(1)
print(x, type(x).__name__)
class Vec:
    def __init__(self):
        self.n = I(0)
v = Vec()
for i in range(5):
    v.n += I(i)
print(v.n, type(v.n).__name__)
lst = [I(1), I(2)]
lst[0] += 10
print(lst, [type(e).__name__ for e in lst])
