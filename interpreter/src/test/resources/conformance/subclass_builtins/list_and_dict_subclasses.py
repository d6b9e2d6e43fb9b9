class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], sum(s))
s.name = 'st'
print(s.name, s == [1, 2, 3], sorted(s, reverse=True))

class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default(a=1)
print(d['a'], d['zz'], 'zz' in d, d)

class Loud(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __repr__(self):
        return 'Loud(' + dict.__repr__(self) + ')'
l = Loud()
l['A'] = 1
l['b'] = 2
print(l['a'], l['B'], l, len(l), list(l.items()))

class Counted(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.count_calls = 0
    def __len__(self):
        self.count_calls += 1
        return super().__len__()
c = Counted('abc')
print(len(c), len(c), c.count_calls, bool(c), list(c))

class Pt(dict):
    def __eq__(self, other):
        return 'eq called'
print(Pt() == {}, {} == Pt())
