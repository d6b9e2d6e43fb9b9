def f(*args, **kwargs):
    kwargs['added'] = True
    return args, kwargs
d = {'x': 1}
a, k = f(*[1, 2], **d)
print(a, k, d)
try:
    a[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
