# BFS, DFS, Dijkstra, topological sort and connected components
import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("G", "H", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def bfs(start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    out = [start]
    for nxt, _ in sorted(graph[start]):
        if nxt not in seen:
            out.extend(dfs(nxt, seen))
    return out


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components():
    seen = set()
    comps = []
    for node in sorted(graph):
        if node not in seen:
            comp = dfs(node, seen)
            comps.append(sorted(comp))
    return comps


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    ready = sorted(n for n, k in indeg.items() if k == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m, ds in sorted(deps.items()):
            if n in ds:
                indeg[m] -= 1
                if indeg[m] == 0:
                    ready.append(m)
                    ready.sort()
    if len(order) != len(indeg):
        raise ValueError("cycle detected")
    return order


print("bfs", bfs("A"))
print("dfs", dfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"  {node}: {dist[node]:>2} via {'-'.join(path(prev, node))}")
print("components", components())
print(toposort({"app": ["lib", "utils"], "lib": ["utils"], "utils": [], "tests": ["app"]}))
try:
    toposort({"a": ["b"], "b": ["a"]})
except ValueError as e:
    print("ValueError:", e)
