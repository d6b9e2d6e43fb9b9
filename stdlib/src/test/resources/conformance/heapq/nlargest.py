import heapq
data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 0, 6]
for n in [0, 1, 3, 11, 20, -1]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19), ("ed", 25)]
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(1, iter(data)), heapq.nlargest(1, [], key=abs))
print(heapq.nlargest(2, "hello"), heapq.nsmallest(4, {3, 1, 2}))
