from itertools import product
print(list(product('ab', range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product()), list(product('ab', [])))
print(len(list(product(range(5), repeat=4))))
print([''.join(p) for p in product('01', repeat=3)])
try:
    product('a', repeat=-1)
except ValueError as e:
    print(e)
