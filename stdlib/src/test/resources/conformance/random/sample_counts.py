import random
r = random.Random(31)
print(r.sample(["a", "b", "c"], 10, counts=[5, 3, 2]))
print(sorted(r.sample(range(4), 4, counts=[1, 1, 1, 1])))
print(r.sample("xy", k=3, counts=(2, 1)))
