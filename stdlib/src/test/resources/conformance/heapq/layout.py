import heapq
data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
d2 = data[:]
heapq.heapify(d2)
print(d2)
for x in [50, 3, 99, 0]:
    print(heapq.heapreplace(d2, x), heapq.heappushpop(d2, x + 1))
print(d2)
pairs = [(x % 5, i) for i, x in enumerate(data)]
print(heapq.nsmallest(7, pairs), heapq.nlargest(7, data, key=lambda v: v % 10))
print(list(heapq.merge(sorted(data[:20]), sorted(data[20:40]), sorted(data[40:]))))
m = heapq.merge([1, 2], [3])
print(type(m).__name__, next(m), list(m))
