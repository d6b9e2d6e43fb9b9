print(1 == 1.0 == True)
print(0 == 0.0 == False == -0.0)
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(-0.0))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(len({1, 1.0, True}))
