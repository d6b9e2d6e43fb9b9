from abc import ABC, ABCMeta

class Marker(ABC):
    pass

class Impl(Marker):
    pass

print(isinstance(Impl(), Marker), isinstance(object(), Marker))
print(isinstance(Marker, ABCMeta), isinstance(Impl, ABCMeta), isinstance(int, ABCMeta))
print(Marker.__instancecheck__(Impl()), Marker.__subclasscheck__(Impl))
print(Marker.__subclasscheck__(int))
Marker.register(list)
print(Marker.__subclasscheck__(list), Marker.__instancecheck__([1]))
print(isinstance([], (int, Marker)))
print(ABC.__slots__)
print(ABC.__abstractmethods__)
