from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab')
print(d, list(d), list(reversed(d)), 3 in d, d.count(7))
d[0] = 'z'; del d[1]
print(d, d.index(7))
d.clear(); print(d, bool(d))
