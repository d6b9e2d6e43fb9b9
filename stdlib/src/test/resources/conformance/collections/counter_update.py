from collections import Counter
c = Counter(a=1)
c.update('aab'); print(c)
c.update({'b': 5, 'c': 1}); print(c)
c.subtract('aaaa'); print(c)
c.subtract(c=2); print(c)
del c['zz']; del c['a']; print(c)
c['q'] += 3; print(c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
