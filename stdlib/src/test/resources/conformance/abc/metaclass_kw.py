from abc import ABCMeta, abstractmethod, ABC

class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass

print(type(Base).__name__, type(ABC).__name__)
print(ABCMeta.__name__, ABCMeta.__module__)
try:
    Base()
except TypeError as e:
    print(e)

class Impl(Base):
    def run(self):
        return "running"

print(Impl().run())
print(type(Impl) is ABCMeta, isinstance(Base, ABCMeta), isinstance(Impl, type))
print(issubclass(ABCMeta, type))
