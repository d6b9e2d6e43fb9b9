from abc import ABC, abstractmethod

class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...

print(sorted(Named.__abstractmethods__))
try:
    Named()
except TypeError as e:
    print(e)

class Partial(Named):
    @property
    def name(self):
        return "partial"

try:
    Partial()
except TypeError as e:
    print(e)

class Full(Partial):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def version():
        return 2

f = Full.create()
print(f.name, f.version(), Full.version())
