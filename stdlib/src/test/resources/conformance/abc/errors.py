from abc import ABC, ABCMeta, abstractmethod

try:
    abstractmethod(5)
except AttributeError as e:
    print("AttributeError", type(e).__name__)

class A(ABC):
    @abstractmethod
    def m(self): ...

try:
    A.register("notaclass")
except TypeError as e:
    print(e)

try:
    object.__new__(A)
except TypeError as e:
    print(e)
