from itertools import zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest()))
print(list(zip_longest([1, 2], [3])))
print(list(zip_longest('a', 'bc', 'def')))
for row in zip_longest(range(3), 'ab', fillvalue=0):
    print(row)
