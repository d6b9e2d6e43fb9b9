import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
tasks = []
for p, t in [(3, "write"), (1, "plan"), (2, "code"), (1, "eat")]:
    heapq.heappush(tasks, (p, t))
while tasks:
    print(heapq.heappop(tasks))
