from functools import cached_property
class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        "the value"
        self.n += 1
        print('computing')
        return 42
c = C()
print(c.val, c.val, c.n, type(C.val).__name__, C.val.__doc__)
del c.val
print(c.val, c.n)
c.val = 7
print(c.val)
print(C().val)
