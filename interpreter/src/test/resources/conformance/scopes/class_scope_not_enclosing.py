y = 'global y'
class C:
    y = 'class y'
    def m(self):
        return y
    vals = [y for _ in range(2)]
print(C().m())
print(C.vals)
print(C.y)
