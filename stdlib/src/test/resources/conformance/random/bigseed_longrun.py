import random
r = random.Random(10**50 + 17)
total = 0.0
for i in range(5000):
    total += r.random()
print(total)
print(r.getrandbits(64), r.randrange(2**80))
