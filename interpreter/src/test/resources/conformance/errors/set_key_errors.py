s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    del {'a': 1}['b']
except KeyError as e:
    print(type(e).__name__, e)
