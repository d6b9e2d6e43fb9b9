import random
for s in [0.5, -0.5, 1e100, 3.0, -1.25, float("inf")]:
    print(s, random.Random(s).random())
print(random.Random(3.0).random() == random.Random(3).random())
