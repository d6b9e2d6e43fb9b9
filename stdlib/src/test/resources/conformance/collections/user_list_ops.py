from collections import UserList

l = UserList([1, 2, 3, 4, 5])
s = l[1:4]
print(s, type(s).__name__, l[::2], l[::-1], l[10:])
print(l + [6], type(l + [6]).__name__, [0] + l, type([0] + l).__name__, l + (7,), l + UserList([8]))
print(l * 2, 2 * l, l * 0, type(l * 2).__name__)
a = l
a += [6]
a *= 2
print(a is l, l)
l[0:2] = [10, 20]
del l[-6:]
print(l)
print(UserList([1, 2]) < UserList([1, 3]), UserList([1, 2]) == [1, 2], UserList([1]) <= [1],
      UserList([2]) > [1, 5], UserList([1]) >= UserList([1]), UserList([1]) != [1])
c = l.copy()
c.append('x')
print(l, c, type(c).__name__)
import copy
d = copy.copy(l)
d.append('y')
print(l, d)
print(max(UserList([4, 9, 2])), sum(UserList([1, 2, 3])), ','.join(UserList(['a', 'b'])))
try:
    l[99]
except IndexError as e:
    print('IndexError', e)
try:
    l.index(42)
except ValueError as e:
    print('ValueError', e)
try:
    l.remove(42)
except ValueError as e:
    print('ValueError', e)
try:
    UserList().pop()
except IndexError as e:
    print('IndexError', e)
try:
    hash(l)
except TypeError as e:
    print('TypeError', e)
try:
    UserList(5)
except TypeError as e:
    print('TypeError', e)
try:
    l * 'x'
except TypeError as e:
    print('TypeError', e)
try:
    UserList([1]) < 3
except TypeError as e:
    print('TypeError', e)
