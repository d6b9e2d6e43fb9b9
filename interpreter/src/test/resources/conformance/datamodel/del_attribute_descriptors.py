# del obj.attr: a __delattr__ override first, then a data descriptor's
# __delete__ or a property's deleter, then the instance dict.
class Desc:
    def __get__(self, obj, owner):
        return 'got' if obj is not None else self

    def __set__(self, obj, value):
        print('set', value)

    def __delete__(self, obj):
        print('__delete__ called')


class A:
    d = Desc()


a = A()
a.d = 1
del a.d
print(a.d)
delattr(a, 'd')


class P:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        print('deleter')
        del self._x


p = P()
del p.x
print(hasattr(p, '_x'))
p.x = 3
print(p.x)


class ReadOnly:
    @property
    def x(self):
        return 1


try:
    del ReadOnly().x
except AttributeError as e:
    print(e)


class OnlyDelete:
    def __delete__(self, obj):
        print('only __delete__')


class U:
    od = OnlyDelete()


u = U()
del u.od
try:
    u.od = 5
except AttributeError as e:
    print('set:', e)
print(u.__dict__)


class SetOnly:
    def __get__(self, obj, owner):
        return 'g'

    def __set__(self, obj, value):
        print('set only')


class V:
    s = SetOnly()


try:
    del V().s
except AttributeError as e:
    print('del:', e)


class R:
    def __delattr__(self, name):
        print('R.__delattr__', name)


r = R()
del r.foo
delattr(r, 'bar')


class S(R):
    def __delattr__(self, name):
        print('S.__delattr__', name)
        super().__delattr__(name)


del S().zz


class T:
    def __delattr__(self, name):
        print('T.__delattr__', name)
        object.__delattr__(self, name)


t = T()
t.v = 1
del t.v
print(hasattr(t, 'v'))
try:
    del t.v
except AttributeError as e:
    print(e)


# the override sees property names too
class Guarded:
    @property
    def p(self):
        return 1

    @p.deleter
    def p(self):
        print('property deleter')

    def __delattr__(self, name):
        print('guarded', name)
        object.__delattr__(self, name)


del Guarded().p


class Slot:
    __slots__ = ('a',)


s = Slot()
s.a = 1
del s.a
try:
    del s.a
except AttributeError as e:
    print('slot:', e)
try:
    del s.b
except AttributeError as e:
    print('not a slot:', e)


class MetaDel(type):
    def __delattr__(cls, name):
        print('metaclass __delattr__', name)
        super().__delattr__(name)


class W(metaclass=MetaDel):
    x = 1


del W.x
print(hasattr(W, 'x'))
