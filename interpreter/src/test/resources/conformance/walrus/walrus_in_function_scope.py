def f(values):
    if any((hit := v) > 10 for v in values):
        return hit
    return None
print(f([1, 20, 30]), f([1, 2]))
def g():
    [(w := i) for i in range(3)]
    return w
print(g())
