d = {'a': 1}
for key in ['k', 1, (1, 2), None, 'with space', '']:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop('nope')
except KeyError as e:
    print(type(e).__name__, e)
