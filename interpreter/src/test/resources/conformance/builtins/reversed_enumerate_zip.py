print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed((1, 'x'))))
print(list(enumerate(['a', 'b'])), list(enumerate('xy', start=5)), list(enumerate([], 3)))
print(list(zip([1, 2, 3], ['a', 'b'])), list(zip('ab')), list(zip([], [1])))
print(dict(zip(['k1', 'k2'], [1, 2])))
pairs = [(1, 'one'), (2, 'two')]
nums, names = zip(*pairs)
print(nums, names)
