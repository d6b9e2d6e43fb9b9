# Any callable as metaclass= (called with name, bases, namespace, **kw; its
# result is bound to the name), and class C(*bases, **kw).
class LD(dict):
    def __setitem__(s, k, v):
        print('set', k)
        super().__setitem__(k, v)
    def __getitem__(s, k):
        print('get', k)
        return super().__getitem__(k)
    def __delitem__(s, k):
        print('del', k)
        super().__delitem__(k)
class M(type):
    @classmethod
    def __prepare__(m, n, b, **kw):
        return LD()
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, dict(ns))
print('--6')
class Pre(type):
    @classmethod
    def __prepare__(m, n, b):
        return {'__name__': 'custom_mod', 'preset': 1}
class R(metaclass=Pre):
    print(preset)
print(R.__module__, R.preset)
def fmeta(name, bases, ns, **kw):
    print('fmeta', name, bases, kw, sorted(k for k in ns if not k.startswith('__')))
    return type(name, bases, ns)
class S(int, metaclass=fmeta, tag=1):
    v = 2
print(type(S).__name__, S.v, S(3) + 1)
class T(1, 'x', metaclass=lambda n, b, ns: (n, b)):
    pass
print(T)
class WithPrep:
    def __prepare__(self, name, bases):
        print('callable prepare', name)
        return {'seed': 5}
    def __call__(self, name, bases, ns):
        return ns['seed']
class U(metaclass=WithPrep()):
    pass
print(U)
args = [(int,), {}]
class V(*args[0], **args[1]):
    pass
print(V.__mro__)
opts = {'metaclass': M}
class W(**opts):
    a = 1
print(type(W).__name__)
def deco(c):
    print('decorating', c)
    return 'decorated'
@deco
class Y(metaclass=lambda n, b, ns: n.upper()):
    pass
print(Y)


class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw.items()))


bases = (Base,)
flags = {'flag': 1}


class A2(*bases):
    pass


class B2(Base, **flags):
    pass


class C2(*bases, extra=2, **flags):
    pass


print(A2.__bases__, C2.__mro__[1].__name__)
try:
    class D2(Base, **{'flag': 1}, flag=2):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class E2(*5):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class F2(**5):
        pass
except TypeError as e:
    print('TypeError', e)
