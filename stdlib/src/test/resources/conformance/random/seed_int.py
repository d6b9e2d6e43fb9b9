import random
for s in [0, 1, 123456789, 2**32, 2**32 - 1, 2**100 + 3, -2**70]:
    random.seed(s)
    print(s, random.random(), random.random())
