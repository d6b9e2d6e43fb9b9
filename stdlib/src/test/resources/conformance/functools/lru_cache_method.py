from functools import lru_cache
class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=16)
    def times(self, x):
        print('computing', self.k, x)
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
a = Calc(3)
print(a.times(2), a.times(2), Calc(3).times(2), Calc(4).times(2))
print(Calc.times.cache_info())
