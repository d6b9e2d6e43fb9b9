class Audited:
    def __init__(self):
        self.x = 1
        self.y = 2
    def __getattribute__(self, name):
        if not name.startswith("__"):
            log = object.__getattribute__(self, "__class__").log
            log.append(name)
        return object.__getattribute__(self, name)
    def total(self):
        return self.x + self.y
Audited.log = []
a = Audited()
print(a.total(), Audited.log)
Audited.log.clear()
print(getattr(a, "x"), hasattr(a, "q"), Audited.log)

class Secret:
    def __init__(self):
        self.public = "ok"
        self._hidden = "secret"
    def __getattribute__(self, name):
        if name.startswith("_") and not name.startswith("__"):
            raise AttributeError(f"{name} is private")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<{name} unavailable>"
s = Secret()
print(s.public, s._hidden, s.nothing)
print(object.__getattribute__(s, "_hidden"))
class Upper:
    def __init__(self):
        self.word = "hi"
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v.upper() if isinstance(v, str) else v
u = Upper()
print(u.word, u.__dict__)
try:
    u.nope
except AttributeError as e:
    print(type(e).__name__, e)
