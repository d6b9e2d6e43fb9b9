class Transaction:
    def __init__(self, store, name):
        self.store, self.name = store, name
    def __enter__(self):
        print(f"begin {self.name}")
        self.snapshot = dict(self.store)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"commit {self.name}")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print(f"rollback {self.name}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, KeyError)

store = {"a": 1}
with Transaction(store, "t1") as t:
    store["b"] = 2
print(store, t.name)
with Transaction(store, "t2"):
    store["c"] = 3
    store["missing"] += 1
print("after t2 (KeyError swallowed):", store)
try:
    with Transaction(store, "t3"):
        store["d"] = 4
        raise ValueError("bad data")
except ValueError as e:
    print("propagated:", e, store)
with Transaction(store, "outer"):
    store["x"] = 1
    try:
        with Transaction(store, "inner"):
            store["y"] = 2
            1 / 0
    except ZeroDivisionError:
        print("inner failed", sorted(store))
print(sorted(store))
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
