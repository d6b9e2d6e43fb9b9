from functools import singledispatch
@singledispatch
def f(x):
    raise NotImplementedError('no impl for ' + type(x).__name__)
@f.register(str)
def _(x):
    return x.upper()
print(f('abc'))
f(3)
