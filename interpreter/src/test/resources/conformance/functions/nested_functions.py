def outer(x):
    def inner(y):
        return x + y
    def double(y):
        return inner(y) * 2
    return double(10)
print(outer(1), outer(5))
def make_ops():
    def inc(v):
        return v + 1
    def dec(v):
        return v - 1
    return inc, dec
i, d = make_ops()
print(i(1), d(1), i(d(i(0))))
