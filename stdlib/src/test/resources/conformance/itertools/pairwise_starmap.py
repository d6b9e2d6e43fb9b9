from itertools import pairwise, starmap
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16])])
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(1, 2, 3), (), (4,)])))
