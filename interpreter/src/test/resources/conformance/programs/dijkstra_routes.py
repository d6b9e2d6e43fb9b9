ROADS = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
]

def build(roads):
    graph = {}
    for a, b, w in roads:
        graph.setdefault(a, []).append((b, w))
        graph.setdefault(b, []).append((a, w))
    return graph

def dijkstra(graph, src):
    if src not in graph:
        raise KeyError(f"unknown city {src}")
    dist = {src: 0}
    prev = {}
    todo = {src}
    done = set()
    while todo:
        cur = min(todo, key=lambda n: (dist[n], n))
        todo.discard(cur)
        done.add(cur)
        for nxt, w in graph[cur]:
            if nxt in done:
                continue
            nd = dist[cur] + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = cur
                todo.add(nxt)
    return dist, prev

def route(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return "->".join(reversed(out))

g = build(ROADS)
dist, prev = dijkstra(g, "A")
for city in sorted(g):
    if city in dist:
        print(f"{city}: {dist[city]:>3} via {route(prev, city)}")
    else:
        print(f"{city}: unreachable")
try:
    dijkstra(g, "Z")
except KeyError as e:
    print(type(e).__name__, e)
