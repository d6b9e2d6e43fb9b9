import random
r = random.Random(3)
print(r.sample(range(10), 10))
print(r.sample(range(10**9), 5))
print(r.sample("abcdefghijklmnopqrstuvwxyz", 8))
print(r.sample(list(range(100)), 30))
print(r.sample(("a", "b"), 0))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(range(30), 25))
