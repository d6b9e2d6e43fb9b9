from dataclasses import dataclass, field, fields

@dataclass
class Animal:
    name: str
    legs: int = 4
    def speak(self):
        return f"{self.name} makes a sound"

@dataclass
class Dog(Animal):
    breed: str = "mutt"
    def speak(self):
        return f"{self.name} barks"

@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True

d = Dog("rex", breed="lab")
print(d, d.speak())
print(Bird("tweety"), Bird("pingu", can_fly=False))
print([f.name for f in fields(Dog)], [f.name for f in fields(Bird)])
print(Dog("a") == Animal("a"), Animal("a") == Animal("a", 4))
print(isinstance(d, Animal), Dog.__mro__[1].__name__)

class Mixin:
    def describe(self):
        return "I am " + repr(self)

@dataclass
class Pet(Mixin, Animal):
    owner: str = "nobody"
print(Pet("tom", 4, "jane").describe())

try:
    @dataclass
    class Bad(Animal):
        color: str
except TypeError as e:
    print("TypeError", e)

class NotDC:
    x: int = 5

@dataclass
class FromPlain(NotDC):
    y: int = 1
print(FromPlain(), [f.name for f in fields(FromPlain)])
