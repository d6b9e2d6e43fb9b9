from abc import ABC

class Animal(ABC):
    pass

class Mammal(Animal):
    pass

class Dog:
    pass

Mammal.register(Dog)
print(issubclass(Dog, Mammal), issubclass(Dog, Animal))
print(isinstance(Dog(), Animal))

class Fish:
    pass
Animal.register(Fish)
print(issubclass(Fish, Animal), issubclass(Fish, Mammal))

try:
    Dog.register
except AttributeError as e:
    print("AttributeError", e)

class Base(ABC):
    pass
class Derived(Base):
    pass
try:
    Derived.register(Base)
    print("registered")
except RuntimeError as e:
    print("RuntimeError", e)
