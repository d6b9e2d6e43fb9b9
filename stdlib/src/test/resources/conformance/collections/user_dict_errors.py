from collections import UserDict

d = UserDict(a=1)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    UserDict().popitem()
except KeyError as e:
    print('KeyError', type(e).__name__)
try:
    hash(d)
except TypeError as e:
    print('TypeError', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)
try:
    UserDict({'a': 1}, {'b': 2})
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    d | 3
except TypeError as e:
    print('TypeError', e)
try:
    UserDict(5)
except TypeError as e:
    print('TypeError', type(e).__name__)
print(d)
