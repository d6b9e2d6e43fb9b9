import queue

q = queue.Queue()
for i in [3, 1, 2]:
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.maxsize)
try:
    b.put_nowait("c")
except queue.Full:
    print("Full")
lq = queue.LifoQueue()
for ch in "abc":
    lq.put(ch)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
print([pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
t = queue.Queue()
t.put(1)
t.get()
t.task_done()
t.join()
try:
    t.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    t.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(queue.Empty, Exception), queue.Queue[int] is not None)


def bfs(graph, start):
    seen, order, todo = {start}, [], queue.Queue()
    todo.put(start)
    while not todo.empty():
        node = todo.get()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.put(nxt)
    return order


print(bfs({"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}, "a"))
