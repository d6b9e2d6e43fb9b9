def checked_sqrt(x):
    assert x >= 0
    return x ** 0.5


for v in [4, 9, -1]:
    print(v, checked_sqrt(v))
