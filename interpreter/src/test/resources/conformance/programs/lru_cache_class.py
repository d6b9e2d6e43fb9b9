# An LRU cache built on a dict plus a doubly linked list


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
        if len(self.map) > self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            return lru.key
        return None

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k}={self.map[k].value}" for k in self)
        return f"LRUCache([{items}])"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache)
print("evicted:", cache.put("d", 4), cache)
print(cache.get("b", "gone"), "b" in cache, len(cache))
cache.put("c", 30)
print(cache, list(cache))
print(f"hits={cache.hits} misses={cache.misses}")
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def fib_with(cache):
    def fib(n):
        hit = cache.get(n)
        if hit is not None:
            return hit
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache.put(n, value)
        return value
    return fib


print(fib_with(LRUCache(50))(80))
