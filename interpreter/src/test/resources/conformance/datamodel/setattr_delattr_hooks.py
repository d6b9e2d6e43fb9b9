class Frozen:
    __slots__ = ("x", "y", "_locked")
    def __init__(self, x, y):
        self.x = x
        self.y = y
        object.__setattr__(self, "_locked", True)
    def __setattr__(self, name, value):
        if getattr(self, "_locked", False):
            raise AttributeError(f"cannot assign {name!r}: frozen")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"

f = Frozen(1, 2)
print(f)
for action in ("set", "del", "new"):
    try:
        if action == "set":
            f.x = 5
        elif action == "del":
            del f.y
        else:
            f.z = 1
    except AttributeError as e:
        print(type(e).__name__, e)
class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.changes.append(("del", name))
        object.__delattr__(self, name)
t = Tracked()
t.a = 1; t.b = 2; t.a += 10; del t.b
print(t.changes, t.a)
try:
    del t.b
except AttributeError as e:
    print(type(e).__name__, e)
class NoSlot:
    __slots__ = ("a",)
n = NoSlot()
try:
    n.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n.a
except AttributeError as e:
    print(type(e).__name__, e)
