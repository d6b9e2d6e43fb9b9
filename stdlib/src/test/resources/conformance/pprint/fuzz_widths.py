# Random nested data (seeded) printed at many widths and options; must match CPython exactly.
import pprint, random

rnd = random.Random(31337)
words = ["a", "bb", "ccc", "hello world", "spam and eggs", "x" * 25, "line\nbreak", "tab\there",
         "it's", 'say "hi"', "ünïcode", ""]

def make(depth):
    k = rnd.random()
    if depth <= 0 or k < 0.3:
        c = rnd.randint(0, 6)
        if c == 0:
            return rnd.randint(-10**6, 10**6)
        if c == 1:
            return rnd.choice(words)
        if c == 2:
            return rnd.choice([None, True, False, 1.5, -0.25, 10**20])
        if c == 3:
            return rnd.choice(words).encode()
        if c == 4:
            return rnd.choice(words) * rnd.randint(1, 6)
        if c == 5:
            return set(rnd.sample(range(50), rnd.randint(0, 6)))
        return frozenset(rnd.sample(range(20), rnd.randint(0, 3)))
    c = rnd.randint(0, 2)
    n = rnd.randint(0, 5)
    if c == 0:
        return [make(depth - 1) for _ in range(n)]
    if c == 1:
        return tuple(make(depth - 1) for _ in range(n))
    return {rnd.choice(words) + str(i): make(depth - 1) for i in range(n)}

for trial in range(60):
    obj = make(4)
    width = rnd.choice([1, 5, 10, 20, 30, 40, 60, 80, 120])
    kw = {}
    if rnd.random() < 0.3:
        kw["indent"] = rnd.randint(0, 4)
    if rnd.random() < 0.3:
        kw["compact"] = True
    if rnd.random() < 0.2:
        kw["depth"] = rnd.randint(1, 3)
    if rnd.random() < 0.2:
        kw["sort_dicts"] = False
    if rnd.random() < 0.2:
        kw["underscore_numbers"] = True
    print("---", trial, width, sorted(kw.items()))
    print(pprint.pformat(obj, width=width, **kw))
