class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
f = c.inc
f()
f(5)
print(c.n)
c.inc().inc().inc(10)
print(c.n)
Counter.inc(c, 100)
print(c.n)
print(callable(f), callable(c))
