from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, Iterator
from collections.abc import Sized, Container, Collection, Callable, Iterable
import abc

for cls in (Mapping, MutableMapping, Sequence, MutableSequence, Set, Iterator, Sized,
            Container, Collection, Callable, Iterable):
    print(cls.__name__, sorted(cls.__abstractmethods__), type(cls).__name__)

class HalfMap(Mapping):
    def __getitem__(self, key):
        return key

try:
    HalfMap()
except TypeError as e:
    print(e)

class FullMap(HalfMap):
    def __iter__(self):
        return iter("ab")
    def __len__(self):
        return 2

print(dict(FullMap()), len(FullMap()), "a" in FullMap())

class Seq(MutableSequence):
    def __init__(self):
        self.data = []
    def __getitem__(self, i):
        return self.data[i]
    def __len__(self):
        return len(self.data)
    def __setitem__(self, i, v):
        self.data[i] = v

try:
    Seq()
except TypeError as e:
    print(e)

class Counter(Iterator):
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

print(list(Counter()))
print(isinstance(Mapping, abc.ABCMeta), issubclass(FullMap, Sized))
