class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print('TypeError', e)
class D(B, A): pass
print([c.__name__ for c in D.__mro__])
