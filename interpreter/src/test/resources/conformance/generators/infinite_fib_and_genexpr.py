def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
gen = (x * x for x in count(4))
print(type(gen).__name__, list(gen))
