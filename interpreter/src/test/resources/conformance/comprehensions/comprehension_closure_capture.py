def f(n):
    return [i * n for i in range(4)]
print(f(3))
def g():
    base = 10
    return {k: base + k for k in range(3)}
print(g())
fs = [lambda: i for i in range(3)]
print([h() for h in fs])
def outer():
    m = 2
    return [[m * a * b for b in range(3)] for a in range(3)]
print(outer())
