result = [3, 1, 2].sort()
try:
    result.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
d = {'a': None}
try:
    d['a'].upper()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.get('missing')['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(print('printed'))
except TypeError as e:
    print(type(e).__name__, e)
