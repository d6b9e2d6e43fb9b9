from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableMapping, MutableSequence, Sequence, Sized, Iterable

print(isinstance(UserDict(), MutableMapping), isinstance(UserDict(), Mapping),
      isinstance(UserList(), MutableSequence), isinstance(UserString('x'), Sequence),
      isinstance(UserString('x'), MutableSequence), isinstance(UserList(), Sized),
      issubclass(UserDict, Iterable), isinstance(UserList(), list), isinstance(UserDict(), dict))


class Inventory(UserDict):
    """Counts items; adding to a missing key starts from zero."""

    def __missing__(self, key):
        return 0

    def add(self, item, n=1):
        self[item] += n

    def __setitem__(self, key, value):
        if value < 0:
            raise ValueError(f'negative count for {key!r}')
        super().__setitem__(key, value)


inv = Inventory()
for word in 'apple pear apple fig pear apple'.split():
    inv.add(word)
print(sorted(inv.items()), inv['kiwi'], 'kiwi' in inv, len(inv))
try:
    inv.add('fig', -5)
except ValueError as e:
    print('ValueError', e)
inv.update(banana=2)
print(inv)


class Path(UserList):
    def __str__(self):
        return '/' + '/'.join(self.data)


p = Path(['usr', 'local'])
q = p + ['bin']
print(p, q, str(q), type(q).__name__, str(q[:1]))


class Tag(UserString):
    def wrap(self, text):
        return f'<{self}>{text}</{self}>'


tag = Tag('b')
print(tag.wrap('bold'), tag.upper().wrap('x'), type(tag.upper()).__name__)
report = UserList()
for name, count in sorted(inv.items(), key=lambda kv: (-kv[1], kv[0])):
    report.append(UserString(name).ljust(8, '.') + str(count))
print('\n'.join(str(line) for line in report))
