from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9); print(d)
d.appendleft(-1); print(d)
d.extend('ab'); print(d)
last = deque(maxlen=2)
for line in ['l1', 'l2', 'l3', 'l4']:
    last.append(line)
print(last, deque(maxlen=0), deque([1], maxlen=0))
try:
    d.insert(0, 'x')
except IndexError as e:
    print(e)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print(e)
