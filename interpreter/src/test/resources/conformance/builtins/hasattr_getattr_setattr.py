class C:
    cls_attr = 'c'
    def method(self):
        return 'm'
o = C()
print(hasattr(o, 'cls_attr'), hasattr(o, 'method'), hasattr(o, 'nope'))
print(getattr(o, 'cls_attr'), getattr(o, 'nope', None), getattr(o, 'method')())
setattr(o, 'dyn', 42)
print(o.dyn, getattr(o, 'dyn'))
print(hasattr('abc', 'upper'), getattr('abc', 'upper')(), hasattr(5, 'real'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError', e)
