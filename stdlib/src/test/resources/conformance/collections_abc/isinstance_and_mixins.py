from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Collection, Sequence, MutableSequence, Mapping, MutableMapping,
                             Set, MutableSet, Generator, Reversible)
import collections.abc
def gen():
    yield 1
print([isinstance(x, Iterable) for x in ([], (), '', {}, set(), range(3), 5, iter([]))])
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(gen(), Generator))
print(isinstance([], Sequence), isinstance((), Sequence), isinstance('s', Sequence), isinstance({}, Sequence))
print(isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance(set(), Set), isinstance(frozenset(), MutableSet), isinstance({}.keys(), Set), isinstance(len, Callable))
print(isinstance(5, Hashable), isinstance([], Hashable), isinstance([], Sized), isinstance(5, Sized), isinstance('', Container))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable), issubclass(list, Reversible))
class Box:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 2
    def __contains__(self, x):
        return x in (1, 2)
print(isinstance(Box(), Iterable), isinstance(Box(), Sized), isinstance(Box(), Collection), isinstance(Box(), Sequence))
class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
f = Frozen(a=1, b=2)
print(f.get('a'), f.get('z', 0), 'b' in f, 'z' in f, sorted(f.keys()), sorted(f.items()), sorted(f.values()))
print(f == {'a': 1, 'b': 2}, f == {'a': 1}, isinstance(f, Mapping), isinstance(f, MutableMapping), len(f))
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store()
s.update({'x': 1}, y=2)
print(s.setdefault('z', 3), s.pop('x'), s.pop('nope', None), sorted(s.items()), len(s))
class Seq(Sequence):
    def __init__(self, *items):
        self._items = items
    def __getitem__(self, i):
        return self._items[i]
    def __len__(self):
        return len(self._items)
q = Seq(3, 1, 3)
print(list(q), 3 in q, q.index(1), q.count(3), list(reversed(q)), isinstance(q, Sequence))
match q:
    case Sequence():
        print('matched Sequence')
print(collections.abc.Mapping is Mapping)
