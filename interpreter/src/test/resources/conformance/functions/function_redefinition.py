def f():
    return 'first'
g = f
def f():
    return 'second'
print(f(), g())
def h(n):
    if n == 0:
        return 'base'
    return h(n - 1)
k = h
def h(n):
    return 'replaced'
print(k(3))
