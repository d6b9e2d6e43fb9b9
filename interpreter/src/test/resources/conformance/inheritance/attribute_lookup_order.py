class A:
    x = 'A.x'
    y = 'A.y'
class B(A):
    x = 'B.x'
class C(B):
    pass
c = C()
print(c.x, c.y)
c.y = 'instance y'
print(c.y, C.y)
A.z = 'added later'
print(c.z)
B.y = 'B.y'
print(C.y, A.y)
