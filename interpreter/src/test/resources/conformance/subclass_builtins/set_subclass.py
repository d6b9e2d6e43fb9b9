class TagSet(set):
    def __repr__(self):
        return "TagSet(" + ", ".join(sorted(self)) + ")"
    def add(self, item):
        super().add(item.lower())

s = TagSet()
s.add("B"); s.add("a"); s.add("A")
print(s, len(s), "a" in s)
u = s | {"z"}
print(type(u).__name__, sorted(u))
s.update(["Q"])
print(s)
s |= {"W"}
print(s, type(s).__name__)
print(sorted(s & {"a", "W"}), type(s & {"a"}).__name__)
c = s.copy()
print(type(c).__name__, sorted(c))
print(s == {"a", "b", "Q", "W"}, s <= {"a", "b", "Q", "W", "x"})
class Counted(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.adds = 0
    def add(self, x):
        self.adds += 1
        super().add(x)
c = Counted([1, 2])
c.add(2); c.add(3)
print(sorted(c), c.adds)
try:
    c.remove(9)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(c - {1}), c.isdisjoint({7}))
