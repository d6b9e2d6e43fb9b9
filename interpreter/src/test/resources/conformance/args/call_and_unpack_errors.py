def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
show("bigstr", lambda: len(str(10 ** 5000)))
show("bigint", lambda: int("1" * 5000))
show("unpack1", lambda: [a for a, b in [(1, 2, 3)]])
show("unpack2", lambda: [a for a, b, c in [(1, 2)]])
def f():
    a, *b, c = [1]
show("unpack3", f)
def g():
    a, b = 5
show("unpack4", g)
def h():
    (a, b), c = [1, 2], 3
    return a, b, c
show("unpack5", h)
show("star", lambda: [*range(3), *"ab"])
show("dictstar", lambda: {**{"a": 1}, **{"a": 2}})
show("kwdup", lambda: dict(**{"a": 1}, **{"a": 2}))
def kw(**k): return k
show("kwdup2", lambda: kw(**{"a": 1}, **{"a": 2}))
show("kwdup3", lambda: kw(a=1, **{"a": 2}))
show("kwnonstr", lambda: kw(**{1: 2}))
show("starnoniter", lambda: print(*5))
show("kwnonmap", lambda: kw(**[1]))
class A:
    def __init__(self): pass
show("init args", lambda: A(1))
class B: pass
show("init args2", lambda: B(1))
show("obj args", lambda: object(1))
def pos(a, /, b, *, c): return a, b, c
show("posonly", lambda: pos(a=1, b=2, c=3))
show("kwonly", lambda: pos(1, 2, 3))
show("missing kw", lambda: pos(1, 2))
show("multi", lambda: pos(1, 2, b=3, c=4))
show("m", lambda: (lambda x, y=2, *a, z, **k: (x, y, a, z, k))(1, z=3, q=4))
show("chain", lambda: 1 < 2 < 3 > 2 != 5 == 5)
show("is", lambda: None is None is not False)
show("in chain", lambda: 1 in [1] in [[1]])
show("neg zero", lambda: (-0.0, 0.0 == -0.0, str(-0.0)))
show("nan", lambda: (float("nan"), [float("nan")] == [float("nan")]))
n = float("nan")
show("nan same", lambda: [n] == [n])
show("int str", lambda: (str(True + True), True * 3, -True))
show("repr float", lambda: [1e-4, 1e-5, 123456789.123456789, 1e21, 1.5e-323, 2**53 + 1.0])
show("round", lambda: [round(0.125, 2), round(0.375, 2), round(-1.5), round(1e300, -300)])
show("floordiv float", lambda: [7 // 2.0, -7 // 2.0, 7 % -2.0, -0.0 % 5])
show("pow", lambda: [2 ** -2, (-2) ** 0.5 if False else 0, 0 ** 0, 10 ** -1])
show("int div", lambda: [10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, (10 ** 30) / 7])
show("huge float", lambda: 10 ** 400 / 1)
show("truediv big", lambda: (10 ** 400) / (10 ** 399))
show("str mul big", lambda: "ab" * 0)
show("sorted stable", lambda: sorted([(1, "b"), (0, "a"), (1, "a")], key=lambda t: t[0]))
