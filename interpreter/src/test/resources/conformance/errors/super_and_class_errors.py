class A:
    def m(self):
        return 'A.m'
class B(A):
    def m(self):
        return super().m() + ' via B'
    def n(self):
        return super().n()
b = B()
print(b.m())
try:
    b.n()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B.m()
except TypeError as e:
    print(type(e).__name__, e)
print(B.m(b), A.m(b))
