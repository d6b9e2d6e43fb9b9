from collections import UserList

l = UserList([3, 1, 2])
print(l, len(l), l[0], l[-1], l.data, type(l.data).__name__)
l.append(5)
l.insert(0, 9)
print(l, l.pop(), l.pop(0), l)
l.extend([7, 8])
l.extend(UserList([0]))
print(l, l.index(7), l.count(1), 3 in l, 42 in l)
l.sort()
print(l)
l.sort(key=lambda v: -v)
print(l)
l.sort(reverse=False)
l.reverse()
print(l)
l.remove(7)
l[0] = 100
del l[1]
print(l, list(reversed(l)), list(l), sorted(l))
l.clear()
print(l, bool(l), len(l))
print(UserList(), UserList('abc'), UserList((1, 2)), UserList(range(3)), UserList(UserList([1])))
src = [1, 2]
u = UserList(src)
u.append(3)
print(src, u)
print(l.__module__, type(l).__name__)
