# A __prepare__ namespace with __missing__ answers the class body's unknown names
# (the auto-numbering idiom), as the body reads names through it.

class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.counter = 0
    def __missing__(self, key):
        if key.startswith('__'):
            raise KeyError(key)
        v = self.counter
        self.counter += 1
        self[key] = v
        return v
class AutoMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return AutoNS()
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
    TOTAL = BLUE + 1
print(Color.RED, Color.GREEN, Color.BLUE)
print(Color.TOTAL, sorted(k for k in vars(Color) if not k.startswith('__')))
