class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ("quack",)
class Swimmer(metaclass=DuckMeta):
    required = ("swim", "float")

class Duck:
    def quack(self): return "quack"
    def swim(self): return "paddle"
    def float(self): return "bob"
class Robot:
    def quack(self): return "beep"

for obj in (Duck(), Robot(), 42):
    print(type(obj).__name__, isinstance(obj, Quacker), isinstance(obj, Swimmer))
print(issubclass(Duck, Swimmer), issubclass(Robot, Swimmer), issubclass(Robot, Quacker))
print(isinstance(Duck(), (int, Swimmer)), isinstance(3, (str, Quacker)))
