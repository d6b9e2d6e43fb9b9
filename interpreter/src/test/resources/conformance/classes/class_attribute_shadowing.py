class A:
    x = 'class'
    def get(self):
        return self.x
a = A()
print(a.get(), A.x)
a.x = 'instance'
print(a.get(), A.x)
b = A()
print(b.get())
A.x = 'changed class'
print(a.get(), b.get())
del a.x
print(a.get())
