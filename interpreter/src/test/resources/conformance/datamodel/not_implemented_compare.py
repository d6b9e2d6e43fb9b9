class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented


class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

    def __gt__(self, other):
        print("B.__gt__")
        return True


print(A() == B())
print(A() != B())
print(A() < B())
a = A()
print(a == a)
try:
    A() < A()
except TypeError as e:
    print("TypeError", e)
try:
    A() <= 1
except TypeError as e:
    print("TypeError", e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented

    def __hash__(self):
        return hash(self.v)


print(Num(1) == Num(1), Num(1) == 1, 1 == Num(1), Num(1) in [Num(0), Num(1)])
print(len({Num(1), Num(1), Num(2)}))
print(sorted([3, 1, 2], key=lambda x: -x))
