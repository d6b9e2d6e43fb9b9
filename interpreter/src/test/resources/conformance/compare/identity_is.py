a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is False)
x = None
print(x is None, x is not None)
b.append(3)
print(a, a is b)
def f():
    pass
print(f() is None, f is f)
print(id(a) == id(b), id(a) == id(c))
