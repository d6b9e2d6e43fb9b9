class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1):
    def __new__(mcs, name, bases, ns, flavor="plain"):
        ns["flavor"] = flavor
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, flavor="plain"):
        super().__init__(name, bases, ns)
class D(A, metaclass=M3, flavor="spicy"):
    pass
print(type(D).__name__, D.flavor, isinstance(D, M1), issubclass(M3, type))
class E(D):
    pass
print(type(E).__name__, E.flavor)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (D,), {"z": 3}, flavor="mild")
print(Dyn.flavor, Dyn.z, type(Dyn).__name__)
class Counted(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        obj = super().__call__(*args, **kwargs)
        obj.serial = Counted.count
        return obj
class W(metaclass=Counted):
    def __init__(self, name):
        self.name = name
w1, w2 = W("a"), W(name="b")
print(w1.serial, w2.serial, w2.name, Counted.count)
class Auto(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        for key, value in list(ns.items()):
            if key.startswith("get_"):
                setattr(cls, key[4:], property(value))
        return cls
class Person(metaclass=Auto):
    def __init__(self, first, last):
        self.first, self.last = first, last
    def get_full(self):
        return f"{self.first} {self.last}"
print(Person("Ada", "Lovelace").full)
print(repr(type), repr(M1), M1.__name__, M1.__bases__, M3.__mro__)
class Intf:
    def __init_subclass__(cls, /, required=(), **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [r for r in required if not hasattr(cls, r)]
        if missing:
            raise TypeError(f"{cls.__name__} lacks {missing}")
class Good(Intf, required=("run",)):
    def run(self):
        return 1
try:
    class BadImpl(Intf, required=("run", "stop")):
        def run(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
