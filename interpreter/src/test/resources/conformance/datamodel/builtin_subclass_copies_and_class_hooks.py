class P(bytes):
    def __repr__(self):
        return "P!"
print(bytes(P(b"a")), type(bytes(P(b"a"))).__name__)
class Pt(frozenset):
    pass
print(type(Pt({1}).copy()).__name__, type(frozenset({1}).copy()).__name__, type(set({1}).copy()).__name__)
class S2(set):
    pass
print(type(S2({1}).copy()).__name__)
class Shape:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
try:
    class Wrong(Shape, colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __getattr__(cls, n):
        return 42
class U(metaclass=Meta):
    x = 1
print(U.anything, U.x)
try:
    raise ValueError("x")
except ValueError as e:
    try:
        e.__cause__ = "nope"
    except TypeError as t:
        print("TypeError", t)
class Sub:
    pass
try:
    del Sub.total
except AttributeError as e:
    print("AttributeError", e)
