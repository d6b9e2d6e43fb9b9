import random

class OnlyRandom(random.Random):
    def random(self):
        return super().random()

class OnlyBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)

a = OnlyRandom(17)
print([a.randrange(1000) for _ in range(6)], a.choice("abcdef"), a.randint(-5, 5))
b = OnlyBits(17)
print([b.randrange(1000) for _ in range(6)], b.choice("abcdef"), b.randint(-5, 5))
r = random.Random(8)
print(r.sample(range(100), 40)[-5:], r.sample(range(10**6), 6, counts=None))
print(r.triangular(2, 2), r.triangular(1, 3, 1), r.uniform(10, 10**3))
print(r.randrange(10, 200, 10), r.randrange(-1, -30, -4), r.randrange(2**70, 2**71, 2**60 + 1))
print(r.choices(range(4), cum_weights=(1, 2, 3, 4), k=5), r.randbytes(5))
print(r.betavariate(1, 1), r.expovariate(3))
r.seed(b"abc", version=1); print(r.random())
r.seed(True); print(r.random())
s = random.SystemRandom()
print(0 <= s.random() < 1, s.getrandbits(8) < 256, len(s.randbytes(4)), s.randint(1, 3) in (1, 2, 3))
