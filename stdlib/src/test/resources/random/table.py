# Generates table.txt with CPython 3.11: python3 table.py > table.txt
# vonmisesvariate is printed to 12 digits: it uses math.exp, where Moat's fdlibm and
# glibc may differ in the last bit.
# RandomTableTest runs this same program in Moat and compares every line.
import random
for seed in [0, 1, 42, 2**64 + 5, -7]:
    r = random.Random(seed)
    print("seed", seed)
    for i in range(1000):
        print(repr(r.random()))
    print("randint", [r.randint(-50, 10**12) for _ in range(20)])
    print("choice", [r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20)])
    l = list(range(30)); r.shuffle(l); print("shuffle", l)
    print("sample", r.sample(range(10**6), 12), r.sample("abcdefghij", 4))
    print("sample counts", r.sample(["x", "y", "z"], 6, counts=[3, 2, 4]))
    print("choices", r.choices("abcde", k=10), r.choices("abc", [5, 1, 2], k=8))
    print("choices cum", r.choices("abc", cum_weights=[1, 1.5, 4], k=8))
    print("gauss", [r.gauss(10, 3) for _ in range(7)])
    print("bits", r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(200))
    print("randrange", r.randrange(10), r.randrange(5, 10**30, 7), r.randrange(100, -100, -3))
    print("dists", r.uniform(1, 5), r.triangular(0, 10, 2), r.normalvariate(1, 2),
          r.lognormvariate(0, 0.5), r.expovariate(1.5), r.betavariate(2, 3),
          r.gammavariate(0.5, 2), r.gammavariate(1.0, 2), r.gammavariate(5, 2),
          '%.12g' % r.vonmisesvariate(1, 4), r.paretovariate(3), r.weibullvariate(1, 1.5))
    print("randbytes", r.randbytes(9))
