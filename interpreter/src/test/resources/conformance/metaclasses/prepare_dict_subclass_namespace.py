# A __prepare__ namespace that is a dict subclass sees every store, load and
# delete of the class body through its own methods, in CPython's order.
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
print('--1')
class F(metaclass=M):
    'doc'
    x = 1
    if x:
        y: int
print('--2')
class G(metaclass=M):
    x = 1
    def f(self): return __class__
print(G().f() is G)
print('--3')
class H(metaclass=M):
    for i in range(1):
        z: int = 3
    (lambda: 1)()
    [q for q in range(2)]
    class Inner: pass
print('--4')
class P:
    a = 1
    b: int = 2
print(list(P.__dict__)[:4])
class Q:
    'doc'
    a = 1
    if a:
        c: int
print(list(Q.__dict__)[:4], Q.__annotations__)
print('--5')
class K(metaclass=M):
    a = 1
    a += 1
    del a
    try:
        del nothere
    except NameError as e:
        print('NameError', e)
    print(len)
