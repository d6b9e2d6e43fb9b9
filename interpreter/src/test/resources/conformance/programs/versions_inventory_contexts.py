class Version:
    __slots__ = ("major", "minor", "patch")
    def __init__(self, text):
        parts = [int(p) for p in text.split(".")]
        while len(parts) < 3:
            parts.append(0)
        self.major, self.minor, self.patch = parts
    @classmethod
    def parse_all(cls, texts):
        return [cls(t) for t in texts]
    def _key(self):
        return (self.major, self.minor, self.patch)
    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __hash__(self):
        return hash(self._key())
    def __str__(self):
        return ".".join(map(str, self._key()))
    def __repr__(self):
        return f"Version({str(self)!r})"

vs = Version.parse_all(["1.10", "1.2.3", "0.9", "1.2", "1.10.0"])
print(sorted(vs), max(vs), len(set(vs)), Version("1.2") in vs)

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, name, qty=1):
        self._items[name] = self._items.get(name, 0) + qty
        return self
    def __len__(self):
        return sum(self._items.values())
    def __iter__(self):
        return iter(sorted(self._items))
    def __contains__(self, name):
        return self._items.get(name, 0) > 0
    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(f"no {name}") from None

inv = Inventory().add("apple", 3).add("pear").add("apple")
print(len(inv), list(inv), "pear" in inv, "kiwi" in inv, inv["apple"])
try:
    inv["kiwi"]
except KeyError as e:
    print("KeyError:", e, e.__cause__, e.__suppress_context__)

class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Timer.depth += 1
        print("  " * (Timer.depth - 1) + f"start {self.label}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("  " * (Timer.depth - 1) + f"end {self.label} ({exc_type.__name__ if exc_type else 'ok'})")
        Timer.depth -= 1
        return exc_type is ZeroDivisionError

with Timer("outer"):
    with Timer("inner") as t:
        x = 1 / 0
    print("after inner", t.label)

def make_counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
c = make_counter()
print([c() for _ in range(3)], c(10))

rows = [("widget", 3, 2.5), ("gadget", 10, 0.75), ("doohickey", 1, 120.0)]
width = max(len(r[0]) for r in rows)
for i, (name, qty, price) in enumerate(rows, start=1):
    print(f"{i:>2}. {name:<{width}} {qty:>3} x {price:>7.2f} = {qty * price:>8,.2f}")
print(f"{'total':>{width + 4}} {sum(q * p for _, q, p in rows):>24,.2f}")
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    try:
        int("x1")
    except ValueError as e:
        raise RuntimeError("bad config") from e
except RuntimeError as e:
    print(repr(e), "caused by", repr(e.__cause__))
