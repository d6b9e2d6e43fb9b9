from collections import deque, Counter, OrderedDict, defaultdict, ChainMap
import collections
d = deque([1, 2, 3], maxlen=3); d.append(4); print(d, d.maxlen, len(d), d[0], d[-1])
d.appendleft(0); print(d, d.pop(), d.popleft(), d)
d = deque('abcde'); d.rotate(2); print(d); d.rotate(-3); print(d, list(reversed(d)), 'c' in d)
d.extendleft('xy'); print(d, d.count('a'), d.index('a'))
d.insert(1, 'Q'); d.remove('Q'); d.reverse(); print(d, d == deque(d), d == list(d))
for f in [lambda: deque().pop(), lambda: deque([1])[5], lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1])['a']]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(deque(), deque(maxlen=2), bool(deque()))
c = Counter('abracadabra'); print(c, c['z'], c.most_common(2), sorted(c.elements())[:4], c.total())
c.update('aaz'); c.subtract({'a': 10}); print(c)
a = Counter(a=3, b=1); b = Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, +Counter(a=-1, b=2), -Counter(a=-1), Counter(), a == Counter(a=3, b=1, c=0))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od, OrderedDict())
try: od.move_to_end('zz')
except KeyError as e: print('KeyError', e)
dd = defaultdict(list); dd['a'].append(1); print(dd, dd['b'], dict(dd))
di = defaultdict(int); 
for ch in 'hello': di[ch] += 1
print(di, defaultdict(None, {1: 2}))
try: defaultdict(None)['x']
except KeyError as e: print('KeyError', e)
try: defaultdict(5)
except TypeError as e: print(e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.get('z'))
cm['c'] = 5; print(cm.maps, cm.new_child(), cm.parents, dict(cm.items()))
try: del cm['b']
except KeyError as e: print('KeyError', e)
print(type(c).__name__, isinstance(c, dict), type(dd).__mro__[1].__name__)
