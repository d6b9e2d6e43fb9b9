vals = [1, 2, 3, 4, 5]
res = [y for x in vals if (y := x * x) > 5]
print(res, y)
data = [3, 8, 2]
print([last := v for v in data], last)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
