x = 1
def f(a, b=2):
    c = a + b
    def g():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0])[:3], dir()
print(f(5))
print('x' in globals(), globals()['x'])
class K:
    z = 1
    print(sorted(locals()))
    def m(self):
        pass
k = K()
k.w = 3
print(vars(k), k.__dict__, [n for n in dir(k) if not n.startswith('__')])
print(dir(K)[:3], hasattr(1, '__dict__'))
try:
    vars(1)
except TypeError as e:
    print(e)
