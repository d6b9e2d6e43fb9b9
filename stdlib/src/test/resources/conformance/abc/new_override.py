from abc import ABC, abstractmethod

class Singleton(ABC):
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    @abstractmethod
    def value(self): ...

try:
    Singleton()
except TypeError as e:
    print(e)

class Concrete(Singleton):
    def value(self):
        return 42

a = Concrete()
b = Concrete()
print(a is b, a.value())
