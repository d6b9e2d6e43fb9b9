from enum import Enum

class Mode(Enum):
    READ = "r"
    WRITE = "w"

try:
    class More(Mode):
        APPEND = "a"
except TypeError as e:
    print("TypeError", e)

try:
    Mode.READ.value = "rw"
except AttributeError as e:
    print("AttributeError", e)
try:
    Mode.READ.name = "RW"
except AttributeError as e:
    print("AttributeError", e)
print(Mode.READ.value, Mode.READ.name)

class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"

class Animal(Base):
    dog = 1
    cat = 2
print(Animal.dog.shout(), list(Animal), isinstance(Animal.cat, Base))
