total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
big = 1e308
print(big * 2, big * 2 / 2)
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
