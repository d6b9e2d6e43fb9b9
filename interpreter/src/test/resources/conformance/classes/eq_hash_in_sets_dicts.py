class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'K({self.k})'
s = {K(1), K(1), K(2)}
print(len(s), K(1) in s, K(3) in s)
d = {K(1): 'one'}
d[K(1)] = 'uno'
print(d, d[K(1)])
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError', e)
