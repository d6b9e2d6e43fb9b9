class A:
    def __eq__(self, other):
        print('A.__eq__ called')
        return NotImplemented
class B:
    def __eq__(self, other):
        print('B.__eq__ called')
        return True
print(A() == B())
print(A() == A())
x = A()
print(x == x)
