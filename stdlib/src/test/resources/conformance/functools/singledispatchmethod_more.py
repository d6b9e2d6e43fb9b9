# singledispatchmethod: registry details, MRO dispatch, abstract methods, attributes
import abc
from functools import singledispatchmethod


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Vet:
    def __init__(self, name):
        self.name = name

    @singledispatchmethod
    def treat(self, patient, *, urgent=False):
        """Treat a patient."""
        return f"{self.name}: generic care (urgent={urgent})"

    @treat.register
    def _(self, patient: Animal, *, urgent=False):
        return f"{self.name}: animal care"

    @treat.register
    def _(self, patient: Dog, *, urgent=False):
        return f"{self.name}: dog care" + (" NOW" if urgent else "")


v = Vet("Ann")
print(v.treat(Puppy()), v.treat(Animal()), v.treat(Dog(), urgent=True), v.treat(3, urgent=True))
bound = v.treat
print(type(bound).__name__, bound.__doc__, bound.__wrapped__.__name__, bound.__isabstractmethod__)
print(bound.register is not None, Vet.__dict__["treat"].__isabstractmethod__)
print(Vet.__dict__["treat"].dispatcher.dispatch(Puppy) is Vet.__dict__["treat"].dispatcher.registry[Dog])
reg = Vet.__dict__["treat"].register


def cat_care(self, patient, *, urgent=False):
    return "cat care"


class Cat(Animal):
    pass


print(reg(Cat, cat_care) is cat_care, v.treat(Cat()))


class Base(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def handle(self, x):
        ...


print(Base.__dict__["handle"].__isabstractmethod__, sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    @singledispatchmethod
    def handle(self, x):
        return "default"

    @handle.register
    def _(self, x: str):
        return "str " + x


print(Impl().handle("s"), Impl().handle(1.0))


class Registry:
    @singledispatchmethod
    def add(self, item):
        raise TypeError(f"unsupported: {type(item).__name__}")

    @add.register(int)
    @add.register(float)
    def _(self, item):
        return item * 2


print(Registry().add(2), Registry().add(1.5))
try:
    Registry().add("x")
except TypeError as e:
    print("TypeError:", e)
