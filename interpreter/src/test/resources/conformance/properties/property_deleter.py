class Res:
    def __init__(self):
        self._v = 'value'
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print('setting', x)
        self._v = x
    @v.deleter
    def v(self):
        print('deleting')
        self._v = None
r = Res()
print(r.v)
r.v = 'new'
print(r.v)
del r.v
print(r.v)
