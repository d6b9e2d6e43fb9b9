from functools import lru_cache
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[1], len(info))
print(sq.cache_parameters())
