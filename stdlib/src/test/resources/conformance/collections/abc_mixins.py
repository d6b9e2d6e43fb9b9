import collections.abc
from collections.abc import Mapping, Iterable
import collections
print(collections.abc.Sequence.__name__, Mapping.__name__)
class M(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = M({'a': 1})
print(m.get('a'), m.get('b', 9), 'a' in m, isinstance(m, Mapping), isinstance(m, collections.abc.Iterable))
