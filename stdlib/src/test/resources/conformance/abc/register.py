from abc import ABC

class Serializable(ABC):
    pass

class Point:
    pass

print(issubclass(Point, Serializable), isinstance(Point(), Serializable))
r = Serializable.register(Point)
print(r is Point)
print(issubclass(Point, Serializable), isinstance(Point(), Serializable))

class SubPoint(Point):
    pass
print(issubclass(SubPoint, Serializable))

Serializable.register(int)
print(isinstance(5, Serializable), isinstance(True, Serializable), isinstance(2.5, Serializable))

@Serializable.register
class Decorated:
    pass
print(Decorated.__name__, issubclass(Decorated, Serializable))

try:
    Serializable.register(5)
except TypeError as e:
    print("TypeError", e)

print(Serializable.register(Serializable) is Serializable)
print(Point.__mro__)
