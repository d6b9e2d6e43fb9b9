# Generator pipelines built from generator EXPRESSIONS and chained builtins
# (map/filter/zip/sum/any/all/enumerate/min/max); no generator functions.

acc = 0
for rnd in range(22):
    n = 150000 + rnd
    evens = (x for x in range(n) if x % 2 == 0)
    squares = (x * x for x in evens)
    acc += sum(sq % 1000 for sq in squares)
    acc += sum(map(lambda a, b: a * b % 17, range(n), range(n, 0, -1)))
    acc += sum(filter(lambda v: v % 7 == 3, map(lambda v: v * 3, range(n))))
    acc += sum(a - b for a, b in zip(range(0, n, 3), range(0, n, 5)))
    acc += sum(i * v for i, v in enumerate(x % 11 for x in range(n // 2)))
    acc += max(x % 9973 for x in range(0, n, 7)) + min((x * 7) % 101 for x in range(1, n, 13))
    acc += any(x > n for x in range(n // 4)) + all(x >= 0 for x in range(n // 4))
    words = ("w" + str(i % 50) for i in range(n // 3))
    acc += sum(len(w) for w in words if w.endswith("7"))
    acc %= 1000000007
print("genexpr", acc)
