a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2}.issubset(a), a.issuperset({1, 5}), {1} <= a, a >= a, a > a, {1} < a)
print(a, b)
