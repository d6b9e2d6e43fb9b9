# An AttributeError from a property, a descriptor or __getattribute__ falls
# back to the class's __getattr__, as in CPython.
class Lazy:
    value = 1

    @property
    def config(self):
        raise AttributeError('config not loaded')

    @property
    def chained(self):
        return self.not_there

    def __getattr__(self, name):
        return 'fallback for ' + name


lz = Lazy()
print(lz.config)
print(lz.chained)
print(getattr(lz, 'config'))
print(hasattr(lz, 'config'))
print(lz.value)


class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError('descriptor says no')


class WithDesc:
    d = Desc()

    def __getattr__(self, name):
        return 'hooked ' + name


print(WithDesc().d)


class Custom:
    def __getattribute__(self, name):
        if name == 'real':
            return 'real value'
        raise AttributeError(name)

    def __getattr__(self, name):
        return 'custom fallback ' + name


print(Custom().real, Custom().other)


# without __getattr__, the property's error propagates; hasattr says False
class NoHook:
    @property
    def p(self):
        raise AttributeError('no p')


print(hasattr(NoHook(), 'p'), getattr(NoHook(), 'p', 'default'))
try:
    NoHook().p
except AttributeError as e:
    print(e)


# other errors from a property are not swallowed
class Boom:
    @property
    def p(self):
        raise ValueError('boom')

    def __getattr__(self, name):
        return 'never'


try:
    Boom().p
except ValueError as e:
    print('ValueError', e)


# __getattr__ that raises: its error is what the caller sees
class Strict:
    @property
    def p(self):
        raise AttributeError('from property')

    def __getattr__(self, name):
        raise AttributeError('from __getattr__: ' + name)


try:
    Strict().p
except AttributeError as e:
    print(e)


# classes: a descriptor's AttributeError on class access falls back to the
# metaclass's __getattr__; other cases
class Meta(type):
    def __getattr__(cls, name):
        return 'meta ' + name
class D:
    def __get__(self, obj, owner):
        raise AttributeError('desc on class')
class A(metaclass=Meta):
    d = D()
print(A.missing)
print(A.d)
class B:
    def __getattr__(self, name):
        return 'B ' + name
    @property
    def p(self):
        raise AttributeError
print(B().p)
print(getattr(B(), 'p'))
print(hasattr(B(), 'p'))
class C:
    __slots__ = ('x',)
    def __getattr__(self, name):
        return 'C ' + name
print(C().x)
class E:
    @property
    def p(self):
        return self.__dict__['missing']
    def __getattr__(self, n):
        return 'E ' + n
try:
    print(E().p)
except KeyError as e:
    print('KeyError', e)
class F:
    def __getattribute__(self, n):
        if n == 'boom':
            raise ValueError('boom')
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return 'F ' + n
try:
    F().boom
except ValueError as e:
    print('ValueError', e)
print(F().other)
