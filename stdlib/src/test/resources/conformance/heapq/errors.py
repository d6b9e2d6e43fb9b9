import heapq
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([1], "a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
h = []
heapq.heappush(h, 3)
heapq.heappop(h)
heapq.heappop(h)
