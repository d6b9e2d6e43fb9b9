class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
        C.count += 1
a = C('a')
b = C('b')
a.shared.append('from a')
print(b.shared, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count)
C.count = 7
print(a.count, b.count)
del a.count
print(a.count)
