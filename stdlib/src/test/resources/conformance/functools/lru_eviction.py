from functools import lru_cache
calls = []
@lru_cache(maxsize=3)
def f(x):
    calls.append(x)
    return x
for x in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    f(x)
print(calls)
print(f.cache_info())
