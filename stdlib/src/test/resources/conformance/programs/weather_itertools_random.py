import itertools, functools, operator, random, heapq, bisect
from collections import namedtuple
Row = namedtuple("Row", "city temp day")
random.seed(7)
rows = [Row(random.choice(["Oslo", "Lima", "Pune"]), round(random.uniform(-5, 35), 1), d)
        for d in range(12)]
rows.sort(key=operator.attrgetter("city", "day"))
for city, group in itertools.groupby(rows, key=operator.attrgetter("city")):
    temps = [r.temp for r in group]
    print(f"{city}: n={len(temps)} max={max(temps)} avg={sum(temps) / len(temps):.2f}")
print(heapq.nlargest(3, rows, key=operator.attrgetter("temp")))
cum = list(itertools.accumulate(r.temp for r in rows))
print([round(c, 1) for c in cum[:4]], bisect.bisect(sorted(r.temp for r in rows), 20.0))
pairs = list(itertools.combinations("abcd", 2))
print(len(pairs), pairs[:3], list(itertools.islice(itertools.cycle("xy"), 5)))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.reduce(operator.mul, range(1, 11)), list(itertools.product([0, 1], repeat=2)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
random.shuffle(pairs)
print(pairs[:4], random.randint(1, 100), random.sample(range(50), 5))
