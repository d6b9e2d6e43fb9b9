data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('banana'), sorted(('b', 'a')), sorted({3: 'x', 1: 'y'}))
print(sorted(['aa', 'B', 'c'], key=str.lower))
print(sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]))
print(sorted([]), sorted(range(3), reverse=True))
print(sorted([3.5, 1, 2.25, True]))
