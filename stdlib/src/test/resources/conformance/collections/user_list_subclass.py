from collections import UserList


class IntList(UserList):
    def __init__(self, items=()):
        super().__init__(self._check(v) for v in items)

    @staticmethod
    def _check(v):
        if not isinstance(v, int):
            raise TypeError(f'expected int, got {type(v).__name__}')
        return v

    def __setitem__(self, i, v):
        super().__setitem__(i, self._check(v))

    def append(self, v):
        super().append(self._check(v))

    def insert(self, i, v):
        super().insert(i, self._check(v))

    def total(self):
        return sum(self.data)


t = IntList([1, 2, 3])
t.append(4)
t[0] = 10
t.insert(1, 7)
print(t, t.total(), type(t[1:]).__name__, t[1:].total(), type(t + [5]).__name__)
for bad in (lambda: t.append('x'), lambda: t.__setitem__(0, 1.5), lambda: IntList(['a'])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)


class Stack(UserList):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


s = Stack()
for ch in 'abc':
    s.push(ch)
print(s, s.peek(), s.pop(), s, len(s))
print(isinstance(s, UserList), type(s.copy()).__name__, type(s * 2).__name__)


class History(UserList):
    def __init__(self, initlist=None, limit=3):
        super().__init__(initlist)
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self.data) > self.limit:
            del self.data[0]


h = History(limit=2)
for i in range(5):
    h.append(i)
print(h, h.limit)
