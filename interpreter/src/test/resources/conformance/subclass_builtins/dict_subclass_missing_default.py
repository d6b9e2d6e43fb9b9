class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for it in items:
            self[it] += 1
        return self
    def top(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

c = Counter().add("mississippi")
print(c.top(3), c["z"], "z" in c, len(c))
print(c.get("z"), c.get("s"), type(c.copy()).__name__)
class Tree(dict):
    def __missing__(self, key):
        node = self[key] = Tree()
        return node
    def to_plain(self):
        return {k: v.to_plain() if isinstance(v, Tree) else v for k, v in self.items()}
t = Tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
t["z"]
print(t.to_plain())
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no such setting: {key}")
s = Strict(debug=True)
print(s["debug"])
try:
    s["colour"]
except KeyError as e:
    print(type(e).__name__, e)
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Lower()
d["Name"] = "x"
print(d["NAME"], list(d), Lower({"A": 1}), dict(d))
