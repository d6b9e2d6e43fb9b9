import uuid

a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
c = uuid.UUID('00000000-0000-0000-0000-000000000001')
print(a < b, a <= b, a > b, a >= b, a == c, a != b, a == 1, a != '1')
print(hash(a) == hash(c), hash(a) == hash(1))
print(sorted([uuid.UUID(int=n) for n in [5, 3, 9, 1]]))
print(len({a, b, c}))
d = {a: 'one', b: 'two'}
print(d[c])
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
try:
    a.int = 5
except TypeError as e:
    print('TypeError', e)
try:
    a.extra = 5
except TypeError as e:
    print('TypeError', e)
try:
    del a.node
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    a.missing
except AttributeError as e:
    print('AttributeError', e)
print(f'{a}', format(a), str(a) == f'{a}')
