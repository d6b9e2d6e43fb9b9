def f():
    pass
class C:
    def m(self):
        pass
print(callable(f), callable(C), callable(C()), callable(C().m))
print(callable(len), callable(print), callable(None), callable('str'))
print(callable(lambda: 0), callable(int), callable([].append))
print(type(f).__name__, type(C).__name__, type(C()).__name__)
print(type(3) is int, type(3.0) is float, type('') is str, type(True) is bool)
