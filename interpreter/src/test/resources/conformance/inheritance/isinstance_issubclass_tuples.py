class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(3, (str, float)))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, (int,)))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(issubclass(KeyError, (LookupError, ValueError)))
