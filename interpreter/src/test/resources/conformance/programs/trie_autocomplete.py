class Node:
    __slots__ = ("children", "count", "end")
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False

class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.add(w)
    def add(self, word):
        if not word.isalpha():
            raise ValueError(f"only letters allowed: {word!r}")
        node = self.root
        for ch in word.lower():
            node = node.children.setdefault(ch, Node())
            node.count += 1
        if not node.end:
            self.size += 1
        node.end = True
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        results = []
        def walk(n, acc):
            if len(results) >= limit:
                return
            if n.end:
                results.append(acc)
            for ch in sorted(n.children):
                walk(n.children[ch], acc + ch)
        if node:
            walk(node, prefix)
        return results
    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.end)
    def __len__(self):
        return self.size

t = Trie("car card care careful cart cat catalog dog dodge door".split())
print(len(t), "car" in t, "ca" in t, "dodge" in t)
for p in ["ca", "car", "do", "x", "", "catalog"]:
    print(repr(p), t.complete(p, limit=4))
print(t._find("ca").count, t._find("d").count)
try:
    t.add("no-dash")
except ValueError as e:
    print(type(e).__name__, e)
