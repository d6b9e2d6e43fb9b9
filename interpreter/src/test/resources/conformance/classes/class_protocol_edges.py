def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
show("mro", lambda: [k.__name__ for k in D.__mro__])
show("who", lambda: D().who())
show("mro()", lambda: [k.__name__ for k in D.mro()])
class X: pass
class Y(X): pass
show("bad mro", lambda: type("Z", (X, Y), {}))
def badmro():
    class Z(X, Y): pass
show("bad mro2", badmro)
show("super explicit", lambda: super(B, D()).who())
class S:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(): return "st"
class T(S):
    @classmethod
    def make(cls): return "T:" + super().make()
show("cm", lambda: (T.make(), T().make(), T.st(), S.make()))
show("repr cls", lambda: (repr(A), str(A), A.__module__))
show("instance repr", lambda: repr(A()).startswith("<__main__.A object at 0x"))
show("bases", lambda: (D.__bases__, A.__bases__, object.__bases__))
show("isinst", lambda: (isinstance(D(), (C,)), issubclass(D, (int, A))))
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
show("prop set", lambda: setattr(P(), "x", 5))
show("prop del", lambda: delattr(P(), "x"))
show("prop doc", lambda: type(P.x).__name__)
class Q(P):
    @P.x.setter
    def x(self, v): self._x = v * 2
def qtest():
    q = Q(); q.x = 5; return q.x
show("prop inherit", qtest)
class Cnt:
    n = 0
    def __init__(self): type(self).n += 1
class Sub(Cnt): pass
def cnt():
    Cnt(); Sub(); Sub()
    return Cnt.n, Sub.n
show("class attr", cnt)
class Callable:
    def __call__(self, *a, **k): return a, k
show("call", lambda: Callable()(1, x=2))
class Cont:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, f"<{k}>")
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
def cont():
    c = Cont(); c["a"] = 1; c[1:2] = "s"; r = [c["a"], c["zz"], "a" in c, len(c), c[1:2]]
    del c["a"]; r.append(len(c)); r.append(c[::2])
    try: del c["q"]
    except KeyError as e: r.append(repr(e))
    return r
show("container", cont)
show("no getitem", lambda: A()[0])
show("no setitem", lambda: A().__setitem__)
def nosetitem():
    a = A(); a[0] = 1
show("no setitem2", nosetitem)
def nodel():
    a = A(); del a[0]
show("no delitem", nodel)
show("not callable", lambda: A()())
show("no len", lambda: len(A()))
show("no iter", lambda: list(A()))
show("cmp", lambda: A() < A())
show("neg", lambda: -A())
show("abs", lambda: abs(A()))
show("int", lambda: int(A()))
show("float", lambda: float(A()))
class E:
    def __eq__(self, o): return "truthy"
show("eq returns", lambda: (E() == 1, E() != 1))
class Ne:
    def __ne__(self, o): return "custom ne"
show("ne", lambda: (Ne() != 1, Ne() == Ne()))
class R:
    def __lt__(self, o): return True
show("reflected lt", lambda: (1 > R(), R() < 1))
show("sorted custom", lambda: len(sorted([R(), R(), R()])))
class Hashy:
    def __hash__(self): return "x"
show("bad hash", lambda: hash(Hashy()))
class BigHash:
    def __hash__(self): return 2 ** 70
show("big hash", lambda: hash(BigHash()) == hash(2 ** 70))
class Idx:
    def __index__(self): return "x"
show("bad index", lambda: [1][Idx()])
class Str:
    def __str__(self): return 5
show("bad str", lambda: str(Str()))
class Rep:
    def __repr__(self): return 5
show("bad repr", lambda: repr(Rep()))
class L:
    def __len__(self): return "x"
show("bad len", lambda: len(L()))
class Bo:
    def __bool__(self): return 1
show("bad bool", lambda: bool(Bo()))
class It:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 5
show("list uses iter", lambda: list(It()))
show("type call 3", lambda: type("Dyn", (A,), {"x": 1})().x)
show("type name", lambda: type("Dyn", (), {}).__name__)
