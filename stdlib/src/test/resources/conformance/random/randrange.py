import random
r = random.Random(7)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(-5, 5) for _ in range(10)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(50, -50, -9) for _ in range(10)])
print([r.randrange(10**25) for _ in range(3)])
print([r.randint(1, 6) for _ in range(20)])
print(r.randint(-10**30, 10**30))
