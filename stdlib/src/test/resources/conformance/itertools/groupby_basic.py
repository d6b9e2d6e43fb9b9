from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5], key=lambda x: x > 2)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, ', '.join(group))
print([k for k, g in groupby([])])
