def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def make_late():
    return [lambda x: x + n for n in range(3)]
print([f(10) for f in make_late()])
x = 5
f = lambda: x * 2
x = 50
print(f())
def outer(k):
    return lambda v: lambda: v * k
print(outer(3)(4)())
