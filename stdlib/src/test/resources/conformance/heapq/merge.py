import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2], [0, 10])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(["bb", "dddd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([(1, "x"), (3, "y")], [(1, "a"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()))
print(list(heapq.merge([5, 3], [4, 1], key=lambda x: x, reverse=True)))
