class Bag:
    pass
b = Bag()
setattr(b, 'color', 'red')
b.size = 3
print(getattr(b, 'color'), b.size, getattr(b, 'missing', 'default'))
print(hasattr(b, 'size'), hasattr(b, 'weight'))
for name in ['a', 'b', 'c']:
    setattr(b, name, name * 2)
print(b.a, b.b, b.c)
del b.size
print(hasattr(b, 'size'), b.a)
