# a bound method reads its function's attributes; `import __main__` is the script itself
class A:
    def f(self):
        "doc of f"
        return 1

    def g(self):
        return 2


A.f.mark = "marked"
a = A()
print(a.f.__name__, a.f.__qualname__, a.f.__doc__, a.f.mark)
print(a.g.__doc__, getattr(a.g, "mark", "no mark"), hasattr(a.f, "mark"))
print(A.f.__name__, a.f.__func__ is A.f, a.f.__self__ is a)
try:
    a.f.missing
except AttributeError:
    print("AttributeError")
print([].append.__name__, hasattr([].append, "mark"))

import __main__
print(__main__.A is A, __main__.__name__)
value = 42
print(__main__.value, getattr(__main__, "missing", "none"))
__main__.extra = "set through the module"
print(extra)
