# Sorting with key functions and comprehensions: sorted/sort with keys, lambdas, tuples.


class Rec:
    def __init__(self, i, name, score):
        self.i = i
        self.name = name
        self.score = score


def gen(n, seed):
    x = seed
    out = []
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        out.append((x % 1000, "n" + str(x % 777), i))
    return out


acc = 0
for rnd in range(3):
    data = gen(60000, rnd + 7)
    a = sorted(data)
    b = sorted(data, key=lambda t: (t[1], -t[0]))
    c = sorted(data, key=lambda t: t[0] * 31 + t[2] % 7, reverse=True)
    recs = [Rec(t[2], t[1], t[0]) for t in data]
    recs.sort(key=lambda r: (r.score, r.name))
    squares = [t[0] * t[0] for t in data if t[0] % 3 == 0]
    by_name = {t[1]: t[0] for t in data}
    keys = sorted(by_name, key=len)
    nested = [[j for j in range(i % 10)] for i in range(5000)]
    flat = [y for xs in nested for y in xs]
    uniq = sorted({t[0] for t in data})
    acc += a[0][2] + b[100][2] + c[5][2] + recs[7].i + len(squares) + sum(squares) % 1000
    acc += len(keys) + len(flat) + len(uniq) + max(data)[2] + min(data, key=lambda t: t[1])[2]
print("sorting", acc)
