import random
r = random.Random(5)
print([r.gauss() for _ in range(5)])
print([r.gauss(100, 15) for _ in range(5)])
r.seed(5)
print(r.gauss(), r.gauss_next is not None)
print(r.normalvariate(), r.normalvariate(3, 0.5))
