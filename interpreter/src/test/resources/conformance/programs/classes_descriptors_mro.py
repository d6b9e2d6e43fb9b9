class Registry:
    plugins = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.plugins[cls.__name__.lower()] = cls

class Csv(Registry):
    ext = "csv"
class Tsv(Csv):
    ext = "tsv"
print(sorted(Registry.plugins), Tsv.ext, Tsv.__mro__[1].__name__)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __getattr__(self, attr):
        if attr.startswith("is_"):
            return attr[3:] == self.name.lower()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")

p = Person("Ann", 30)
print(p.name, p.age, p.is_ann, p.is_bob, isinstance(Person.name, Typed))
try:
    p.age = "old"
except TypeError as e:
    print(e)
try:
    p.missing
except AttributeError as e:
    print(e)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.mro()])

class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = float(v)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature()
t.celsius = 37
print(t.celsius, t.fahrenheit)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
def pipeline(n):
    nums = (i * i for i in range(n))
    evens = (x for x in nums if x % 2 == 0)
    return sum(evens), list(x for x in range(3))
print(pipeline(10))
class Node:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
tree = Node(1, Node(2, Node(4)), Node(3))
print(list(tree.walk()), sum(tree.walk()))
