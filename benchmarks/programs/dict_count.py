# Dict-heavy counting: word frequencies, get/setdefault, items(), dict of lists, membership.


def words(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append("w" + str(x % 5003))
    return out


counts = {}
groups = {}
total = 0
for rnd in range(24):
    ws = words(100000, rnd + 1)
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    for w in ws[:30000]:
        groups.setdefault(len(w), []).append(w)
    seen = {}
    for w in ws:
        if w in seen:
            seen[w] += 1
        else:
            seen[w] = 1
    total += len(seen)
    for k in list(seen.keys())[:1000]:
        del seen[k]
    total += len(seen)

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
inverse = {}
for k, v in counts.items():
    inverse[v] = inverse.get(v, 0) + 1
pairs = {(i, i * i): i for i in range(20000)}
s = 0
for i in range(20000):
    s += pairs[(i, i * i)]
print("dict", total, top, len(inverse), sum(len(v) for v in groups.values()), s)
