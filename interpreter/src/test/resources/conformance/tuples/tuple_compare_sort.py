people = [('bob', 25), ('amy', 30), ('cat', 25), ('amy', 22)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[1], p[0])))
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2), (1, 'a') < (2, ''))
print(max(people), min(people, key=lambda p: p[1]))
print((0,) == [0], (1,) != (1.0,))
