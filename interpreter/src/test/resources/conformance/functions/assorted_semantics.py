def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
class Missing(dict):
    def __missing__(self, k):
        return f"<{k}>"
show("missing", lambda: (Missing(a=1)["a"], Missing()["zz"], Missing().get("zz")))
class MyList(list):
    def append(self, x):
        super().append(x * 2)
def ml():
    m = MyList([1]); m.append(5); m.extend([7]); return m, type(m).__name__, len(m), m[1:], type(m[1:]).__name__
show("mylist", ml)
show("dict sub repr", lambda: repr(Missing(x=1)))
class OD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
def od():
    d = OD(); d["a"] = 1; d.update(b=2); return d
show("dict setitem override", od)
def gen_return():
    def g():
        x = yield 1
        return x * 2
    def outer():
        r = yield from g()
        yield ("result", r)
    o = outer(); next(o); return o.send(21)
show("yield from return", gen_return)
def genexp_late():
    x = [1, 2]
    g = (i * 10 for i in x)
    x = [3]
    return list(g)
show("genexp binding", genexp_late)
def genexp_error_time():
    g = (1 / i for i in [1, 0])
    return next(g)
show("genexp lazy", genexp_error_time)
show("genexp first iter eager", lambda: (i for i in 5))
show("fstr format obj", lambda: f"{3.14159!s:.4}")
show("str.format attr", lambda: "{0.real:.1f} {0.imag}".format(3))
show("format nested field", lambda: "{:{}{}}".format(42, ">", 6))
show("format_map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
class FM(dict):
    def __missing__(self, k): return k.upper()
show("format_map missing", lambda: "{a}-{zz}".format_map(FM(a=1)))
show("int format sep", lambda: f"{10**10:_x} {-1234567:,}")
show("global in class", lambda: exec_like())
def exec_like():
    class K:
        global GLOBAL_FROM_CLASS
        GLOBAL_FROM_CLASS = 5
    return GLOBAL_FROM_CLASS
show("star assign in for", lambda: [(a, b) for a, *b in ["xyz", "pq"]])
show("dict keys order after pop", lambda: list({**dict.fromkeys("abc"), "a": 1}))
show("chained assign", lambda: chained())
def chained():
    a = b = c = []
    a.append(1)
    x, y = y2 = 1, 2
    return b, c, x, y, y2
show("aug assign list attr", lambda: augattr())
class Obj: pass
def augattr():
    o = Obj(); o.items = [1]; o.items += [2]; o.n = 1; o.n += 1; return o.items, o.n
show("aug subscript", lambda: augsub())
def augsub():
    d = {"k": [1]}; d["k"] += [2]; d.setdefault("n", 0); d["n"] += 5; return d
show("del slice step", lambda: delslice())
def delslice():
    a = list(range(10)); del a[::3]; return a
show("nested func defaults eval", lambda: defaults_once())
def defaults_once():
    def f(x=[]):
        x.append(1); return x
    f(); f(); return f()
show("kwargs order", lambda: (lambda **k: list(k))(b=1, a=2, **{"c": 3}))
show("print returns", lambda: print("inside") is None)
show("ternary chain", lambda: ["neg" if x < 0 else "zero" if x == 0 else "pos" for x in (-1, 0, 1)])
show("isinstance union", lambda: isinstance(5, int | str))
show("type union repr", lambda: repr(int | None))
show("annotations", lambda: annot())
def annot():
    def f(a: int, b: "str" = "x") -> list[int]: pass
    return f.__annotations__
show("docstring", lambda: docs())
def docs():
    def f():
        """Doc here."""
    class C:
        """Class doc."""
    return f.__doc__, C.__doc__, (lambda: 0).__doc__
show("func attrs", lambda: fattrs())
def fattrs():
    def f(a, b=2, *, c=3): pass
    return f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__module__
