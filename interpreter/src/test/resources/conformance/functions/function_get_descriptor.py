# Functions are descriptors: __get__ binds them; staticmethod and classmethod
# objects have __get__ too; bound methods expose __func__ and __self__.
def f(self, x=1):
    return (self, x)
class C:
    pass
c = C()
bm = f.__get__(c)
print(type(bm).__name__, bm.__func__ is f, bm.__self__ is c, bm(5)[1])
print(f.__get__(None, C) is f)
print(f.__get__(c, C)(2)[1])

class D:
    def meth(self):
        return 'm'
d = D()
b = d.meth
print(b.__func__ is D.meth, b.__self__ is d, b.__name__, b.__qualname__)
print(D.__dict__['meth'].__get__(d)())
print(D.__dict__['meth'].__get__(None, D) is D.meth)
lam = lambda s: s
print(lam.__get__(3)())
print(type(len.__get__) if hasattr(len, '__get__') else 'no __get__ on builtins')
try:
    f.__get__()
except TypeError as e:
    print(e)
try:
    f.__get__(None, None)
except TypeError as e:
    print(e)
print(hasattr(f, '__get__'))
class Wrapper:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        return self.fn.__get__(obj, owner)
class E:
    @Wrapper
    def hello(self):
        return 'hello from ' + type(self).__name__
print(E().hello())
sm = staticmethod(f)
print(sm.__get__(c) is f)
cm = classmethod(f)
print(cm.__get__(c)()[0] is C)
print(repr(f.__get__(None, C))[:12])
print(bm == f.__get__(c), bm != f.__get__(C()))
print(cm.__get__(None, C)()[0] is C)
print(sm.__get__(None, C) is f)


# a descriptor class that delegates to the function's __get__
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __get__(self, obj, owner=None):
        self.calls += 1
        return self.fn.__get__(obj, owner)


class F:
    @Memo
    def twice(self, x):
        return x * 2


print(F().twice(4), F.__dict__['twice'].calls)
print(F.twice is F.__dict__['twice'].fn)
