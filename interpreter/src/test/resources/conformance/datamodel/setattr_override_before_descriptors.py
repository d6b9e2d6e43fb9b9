# A __setattr__ override is called even for names that are properties or
# data descriptors; object.__setattr__ then applies them.
class P:
    @property
    def x(self):
        return getattr(self, '_x', None)

    @x.setter
    def x(self, v):
        print('setter', v)
        object.__setattr__(self, '_x', v)

    def __setattr__(self, name, value):
        print('override', name, value)
        object.__setattr__(self, name, value)


p = P()
p.x = 5
print(p.x)
p.y = 6
print(p.y)
setattr(p, 'x', 7)
print(p.x)


class NoSetter:
    @property
    def x(self):
        return 1

    def __setattr__(self, name, value):
        print('swallowed', name, value)


n = NoSetter()
n.x = 2
print(n.x)


class Meta(type):
    def __setattr__(cls, name, value):
        print('meta set', name)
        super().__setattr__(name, value)


class A(metaclass=Meta):
    pass


A.y = 2
print(A.y)


class D(dict):
    def __setattr__(self, name, value):
        print('dict subclass set', name)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print('dict subclass del', name)
        super().__delattr__(name)


d = D()
d.a = 1
print(d.a)
del d.a
print(hasattr(d, 'a'))


# properties with setters in a loop (the cached path)
class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    @n.setter
    def n(self, v):
        if v < 0:
            raise ValueError('negative')
        self._n = v


c = Counter()
for i in range(5):
    c.n = c.n + i
print(c.n)
try:
    c.n = -1
except ValueError as e:
    print(e)
