import random
r = random.Random(11)
print(r.choices(["a", "b", "c"], k=10))
print(r.choices(range(5), [10, 1, 1, 1, 30], k=12))
print(r.choices("xyz", cum_weights=[0.1, 0.5, 1.0], k=6))
print(r.choices([1, 2], [0.0, 2.5]))
print(r.choices("ab", k=0))
