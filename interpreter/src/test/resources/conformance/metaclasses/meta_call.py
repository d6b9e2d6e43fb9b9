class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)

class Counted(type):
    def __call__(cls, *args, **kw):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args, **kw)

class Item(metaclass=Counted):
    def __init__(self, x):
        self.x = x
items = [Item(i) for i in range(4)]
print(Item.count, [i.x for i in items])

class Validating(type):
    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)
        obj.validate()
        return obj
class Positive(metaclass=Validating):
    def __init__(self, v):
        self.v = v
    def validate(self):
        if self.v <= 0:
            raise ValueError(f"{self.v} is not positive")
print(Positive(3).v)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
