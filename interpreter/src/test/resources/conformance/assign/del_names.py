x = 10
y = [x, x]
del x
print(y)
try:
    print(x)
except NameError as e:
    print('NameError', e)
a, b = 1, 2
del a, b
x = 'again'
print(x)
class C:
    pass
c = C()
c.attr = 1
print(hasattr(c, 'attr'))
del c.attr
print(hasattr(c, 'attr'))
