class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = set()
        for base in bases:
            abstract |= getattr(base, "__abstract__", set())
        for key, value in ns.items():
            if getattr(value, "is_abstract", False):
                abstract.add(key)
            elif key in abstract:
                abstract.discard(key)
        cls.__abstract__ = abstract
        return cls
    def __call__(cls, *args, **kw):
        if cls.__abstract__:
            names = ", ".join(sorted(cls.__abstract__))
            raise TypeError(f"Can't instantiate {cls.__name__}: missing {names}")
        return super().__call__(*args, **kw)

def abstract(fn):
    fn.is_abstract = True
    return fn

class Animal(metaclass=AbstractMeta):
    @abstract
    def sound(self): ...
    @abstract
    def name(self): ...
    def describe(self):
        return f"{self.name()} says {self.sound()}"
class Dog(Animal):
    def sound(self): return "woof"
class Puppy(Dog):
    def name(self): return "puppy"

for cls in (Animal, Dog, Puppy):
    try:
        print(cls().describe())
    except TypeError as e:
        print(type(e).__name__, e)
