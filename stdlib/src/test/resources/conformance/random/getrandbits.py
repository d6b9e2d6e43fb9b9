import random
r = random.Random(2024)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 128, 1000]:
    print(k, r.getrandbits(k))
print(r.randbytes(0), r.randbytes(1), r.randbytes(17))
