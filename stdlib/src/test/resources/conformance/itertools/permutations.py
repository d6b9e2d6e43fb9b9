from itertools import permutations
print(list(permutations('abc', 2)))
print(list(permutations(range(3))))
print(list(permutations('ab', 3)), list(permutations('ab', 0)))
print(sum(1 for _ in permutations(range(6))))
print([''.join(p) for p in permutations('abcd', 4)][:5])
try:
    permutations('a', -1)
except ValueError as e:
    print(e)
