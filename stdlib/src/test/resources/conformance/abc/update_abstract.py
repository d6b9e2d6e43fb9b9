import abc
from abc import ABC, abstractmethod

class A(ABC):
    @abstractmethod
    def f(self): ...

class B(A):
    pass

try:
    B()
except TypeError as e:
    print(e)

def f(self):
    return "patched"
B.f = f
abc.update_abstractmethods(B)
print(sorted(B.__abstractmethods__), B().f())

class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain)

t1 = abc.get_cache_token()
class R(ABC):
    pass
R.register(str)
t2 = abc.get_cache_token()
print(type(t1).__name__, t1 != t2)
