from collections import UserDict


class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data

    def __delitem__(self, key):
        super().__delitem__(key.lower())


h = CaseInsensitive({'Content-Type': 'text/html'}, Host='example.org')
print(h)
h.update({'ACCEPT': '*/*'})
h.setdefault('X-Trace', 'abc')
print(h['content-type'], h['HOST'], h.get('Accept'), h.get('nope', '-'), 'host' in h)
print(h.pop('ACCEPT'), h)
del h['X-TRACE']
print(h, type(h.copy()).__name__, h.copy())
print(CaseInsensitive.fromkeys(['A', 'B'], 1))


class Defaulting(UserDict):
    def __missing__(self, key):
        return len(key)


d = Defaulting(a=1)
print(d['a'], d['hello'], d, d.get('zz'), 'hello' in d)


class Counting(UserDict):
    def __init__(self, *args, **kw):
        self.writes = 0
        super().__init__(*args, **kw)

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)


c = Counting({'a': 1, 'b': 2}, c=3)
c['d'] = 4
c.setdefault('e', 5)
c.setdefault('a', 0)
print(c.writes, c)
c2 = c.copy()
print(type(c2).__name__, c2, c2.writes)
print(isinstance(c, UserDict), issubclass(Counting, UserDict))


class Logged(UserDict):
    log = []

    def __getitem__(self, key):
        Logged.log.append(key)
        return super().__getitem__(key)


g = Logged(x=1, y=2)
print(g.get('x'), g.get('q', 0), sorted(g.items()), g.pop('y'), Logged.log)
