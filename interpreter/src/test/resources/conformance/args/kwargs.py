def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1))
def g(a, **rest):
    return a, rest
print(g(1, x=2, y=3), g(a=5), g(z=0, a=-1))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, 2, k='v'), h())
