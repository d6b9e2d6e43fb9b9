class Lazy:
    def __init__(self):
        self._cache = None
        self.computations = 0
    @property
    def value(self):
        if self._cache is None:
            self.computations += 1
            self._cache = sum(range(10))
        return self._cache
z = Lazy()
print(z.value, z.value, z.value, z.computations)
