from itertools import combinations, combinations_with_replacement
print(list(combinations('abcd', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ab', 0)), list(combinations('a', 2)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(len(list(combinations(range(10), 5))))
for f in [lambda: combinations('a', -1), lambda: combinations_with_replacement('a', -2)]:
    try:
        f()
    except ValueError as e:
        print(e)
