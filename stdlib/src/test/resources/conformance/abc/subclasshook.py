from abc import ABC, abstractmethod

class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self):
        pass

class Other:
    pass

print(issubclass(File, Closeable), isinstance(File(), Closeable))
print(issubclass(Other, Closeable), isinstance(Other(), Closeable))

class Sub(Closeable):
    def close(self):
        pass
print(issubclass(Sub, Closeable), isinstance(Sub(), Closeable))
