import random
random.seed(2023)
print(random.random(), random.randint(1, 10), random.choice("abc"))
x = list(range(8)); random.shuffle(x); print(x)
print(random.sample(range(50), 4), random.choices([1, 2, 3], k=4))
print(random.getrandbits(20), random.randrange(3, 30, 3), random.uniform(0, 1))
print(random.random.__self__ is random._inst if hasattr(random.random, "__self__") else True)
