class A:
    pass
a = A()
print(type(a) is A, type(a) == A, type(A).__name__)
print(type(1), type('s'), type([]), type(None))
print(type(a), A)
print(type(type), type(A) is type)
print(isinstance(a, A), isinstance(A, type), isinstance(1, (str, int)))
