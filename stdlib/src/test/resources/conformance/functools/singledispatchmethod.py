# functools.singledispatchmethod: dispatch on the first argument after self (or cls)
from functools import singledispatchmethod
from decimal import Decimal


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f"Cannot negate {type(arg).__name__}")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg

    @neg.register(list)
    def _(self, arg):
        return [self.neg(x) for x in arg]

    def _neg_str(self, arg):
        return arg[::-1]

    neg.register(str, _neg_str)

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}: other"

    @kind.register
    @classmethod
    def _(cls, arg: float):
        return f"{cls.__name__}: float {arg}"

    @kind.register(tuple)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__}: tuple of {len(arg)}"

    @singledispatchmethod
    @staticmethod
    def describe(arg):
        return "thing"

    @describe.register
    @staticmethod
    def _(arg: dict):
        return f"dict with {len(arg)} keys"


n = Negator()
print(n.neg(5), n.neg(True), n.neg([1, 2, [3, False]]), n.neg("abc"))
try:
    n.neg(Decimal("1.5"))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Negator.kind(1.5), Negator.kind((1, 2)), Negator.kind("x"), n.kind(2.0))


class Sub(Negator):
    pass


print(Sub.kind(0.5), Sub().neg(3), Negator.describe({"a": 1}), n.describe(None))
m = n.neg
print(m.__name__, m.__qualname__, callable(m), m(7))
print(Negator.neg.__name__, sorted(t.__name__ for t in Negator.__dict__["neg"].dispatcher.registry))
print(Negator.__dict__["neg"].func.__name__, Negator.__dict__["neg"].dispatcher.dispatch(bool).__name__)
try:
    print(Negator.neg(n, 4))
except NotImplementedError as e:
    print("via class:", e)


class Shape:
    @singledispatchmethod
    def area(self, dims):
        return None

    @area.register
    def _(self, dims: tuple):
        w, h = dims
        return w * h

    @area.register
    def _(self, dims: int):
        return dims * dims


class Square(Shape):
    @Shape.area.register
    def _(self, dims: float):
        return round(dims * dims, 2)


print(Shape().area((2, 3)), Shape().area(4), Square().area(1.5), Shape().area(1.5), Shape().area("x"))
try:
    Negator.neg.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    singledispatchmethod(5)
except TypeError as e:
    print("TypeError:", e)
try:
    n.neg()
except (TypeError, IndexError) as e:
    print(type(e).__name__, e)
