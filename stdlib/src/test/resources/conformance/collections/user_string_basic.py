from collections import UserString

s = UserString('Hello')
print(s, repr(s), s.data, type(s.data).__name__, len(s))
print(s[0], type(s[0]).__name__, s[1:3], s[::-1], type(s[1:]).__name__)
print(s + '!', type(s + '!').__name__, '>' + s, type('>' + s).__name__, s + UserString('?'), s + 5)
print(s * 2, 3 * s, 'ell' in s, UserString('ll') in s, 'z' in s)
print(s == 'Hello', s == UserString('Hello'), s != 'x', s < 'Z', s > 'A', s <= 'Hello', s >= 'Hellz')
print(UserString(42), UserString(3.5), UserString(None), UserString([1, 2]), UserString(s))
print(int(UserString('42')) + 1, float(UserString('2.5')) * 2, str(s), type(str(s)).__name__)
print(list(s), type(list(s)[0]).__name__, sorted(UserString('cab')), ''.join(str(c) for c in reversed(s)))
print('%s!' % s, UserString('%d-%d') % (1, 2), UserString('%(a)s') % {'a': 'x'})
print(f'{s}', '{}'.format(s), s.__module__)
d = {s: 1}
print(d[s], len({UserString('a'), UserString('a')}))
for ch in UserString('xy'):
    print(ch, end=' ')
print()
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s.index('z')
except ValueError as e:
    print('ValueError', e)
try:
    int(UserString('abc'))
except ValueError as e:
    print('ValueError', e)
try:
    s < 3
except TypeError as e:
    print('TypeError', e)
try:
    UserString()
except TypeError as e:
    print('TypeError', type(e).__name__)
