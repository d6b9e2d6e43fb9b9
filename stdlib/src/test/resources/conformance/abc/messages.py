from abc import ABC, abstractmethod

class Three(ABC):
    @abstractmethod
    def c(self): pass
    @abstractmethod
    def a(self): pass
    @abstractmethod
    def b(self): pass

class One(Three):
    def a(self): pass
    def c(self): pass

class NoneLeft(One):
    def b(self): pass

for cls in (Three, One, NoneLeft):
    try:
        obj = cls()
        print("created", type(obj).__name__)
    except TypeError as e:
        print(e)

class Args(ABC):
    @abstractmethod
    def run(self): pass
    def __init__(self, x):
        self.x = x

try:
    Args(1)
except TypeError as e:
    print(e)
