from functools import lru_cache, cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
@cache
def c(x, y=1):
    return x + y
print(c(1), c(1, y=1), c(1, 1), c(1), c.cache_info())
@lru_cache(maxsize=None)
def path(n):
    return 1 if n <= 1 else path(n - 1) + path(n - 2)
print(path(50), path.cache_info().currsize)
