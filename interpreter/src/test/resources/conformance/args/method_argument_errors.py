class C:
    def m(self, x):
        return x
    @staticmethod
    def s(y):
        return y
c = C()
for call in [lambda: c.m(), lambda: c.m(1, 2), lambda: C.s(), lambda: C.m(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(c.m(5), C.m(c, 6), C.s(7), c.s(8))
