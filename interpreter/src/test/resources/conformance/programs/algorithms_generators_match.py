def dijkstra(graph, start):
    dist = {start: 0}
    frontier = [(0, start)]
    visited = set()
    while frontier:
        frontier.sort(reverse=True)
        d, node = frontier.pop()
        if node in visited:
            continue
        visited.add(node)
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                frontier.append((nd, nxt))
    return dist

graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)],
         "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "f": [("e", 9)]}
print(sorted(dijkstra(graph, "a").items()))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(sum(1 for _ in permutations(list(range(6)))), next(permutations("abc")))

def memo(f):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    inner.cache = cache
    return inner

@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))

def parse(expr):
    tokens = expr.replace("(", " ( ").replace(")", " ) ").split()
    def read(pos):
        tok = tokens[pos]
        if tok == "(":
            lst, pos = [], pos + 1
            while tokens[pos] != ")":
                item, pos = read(pos)
                lst.append(item)
            return lst, pos + 1
        try:
            return int(tok), pos + 1
        except ValueError:
            return tok, pos + 1
    return read(0)[0]

def evaluate(x):
    match x:
        case int():
            return x
        case ["+", *args]:
            return sum(evaluate(a) for a in args)
        case ["*", a, b]:
            return evaluate(a) * evaluate(b)
        case [op, *_]:
            raise ValueError(f"unknown op {op!r}")
print(evaluate(parse("(+ 1 (* 2 3) (+ 4 5))")))
try:
    evaluate(parse("(- 1 2)"))
except ValueError as e:
    print(e)
primes = [n for n in range(2, 60) if all(n % p for p in range(2, int(n ** 0.5) + 1))]
print(primes, f"{sum(primes):#x}", divmod(sum(primes), 7), round(sum(primes) / len(primes), 3))
