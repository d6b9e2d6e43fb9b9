from functools import lru_cache
@lru_cache(typed=True)
def ident(x):
    print('call', repr(x))
    return x
ident(1); ident(1.0); ident(1); ident(True)
print(ident.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
@lru_cache(maxsize=-5)
def n(x):
    return x
print(n(1), n.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print(e)
try:
    ident([1])
except TypeError as e:
    print(e)
