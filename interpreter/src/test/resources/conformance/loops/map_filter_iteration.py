nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 2, nums)))
print(list(map(str, nums)), list(map(int, ['1', '-2'])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(len, ['a', 'bb', ''])))
for s in map(str.upper, ['x', 'y']):
    print(s)
