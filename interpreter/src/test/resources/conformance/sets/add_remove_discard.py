s = {1, 2}
s.add(3)
s.add(2)
print(s, len(s))
s.remove(1)
print(s)
s.discard(99)
s.discard(2)
print(s)
single = {42}
print(single.pop(), single)
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
