class Base:
    def __init__(self, **kw):
        if kw:
            raise TypeError(f"unused arguments: {sorted(kw)}")
        print("Base init")
class Named(Base):
    def __init__(self, name="?", **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
    def __repr__(self):
        return f"Person({self.name}, {self.age})"

print([c.__name__ for c in Person.__mro__])
print(Person(name="Ann", age=30))
print(Person())
try:
    Person(name="x", colour="red")
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who(), super(C, D()).who())
try:
    class E(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
