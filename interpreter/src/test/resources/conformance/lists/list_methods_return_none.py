a = [3, 1, 2]
print(a.sort(), a)
print(a.append(4), a)
print(a.reverse(), a)
print(a.extend([0]), a)
print(a.insert(0, 9), a)
print(a.clear(), a)
r = sorted([3, 1, 2])
print(r)
