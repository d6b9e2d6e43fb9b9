print(hash(1) == hash(1), hash(1) == hash(1.0), hash(True) == hash(1))
print(hash(0) == hash(0.0) == hash(False), hash(-0.0) == hash(0))
print(hash(5) == 5, hash(-1) == -2, hash(-2) == -2)
print(hash((1, 2)) == hash((1, 2)), hash(2.5) == hash(2.5))
try:
    hash([1])
except TypeError as e:
    print('TypeError', e)
