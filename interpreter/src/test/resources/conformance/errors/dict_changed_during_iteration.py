d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
e2 = {'x': 1}
for k in e2:
    e2[k] = 'modifying values is fine'
print(e2)
