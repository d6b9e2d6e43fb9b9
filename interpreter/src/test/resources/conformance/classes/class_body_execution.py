print('before class')
class C:
    print('in class body')
    a = 1
    b = a + 1
    def m(self):
        return self.b
    items = [a, b]
print('after class')
print(C.a, C.b, C.items, C().m())
