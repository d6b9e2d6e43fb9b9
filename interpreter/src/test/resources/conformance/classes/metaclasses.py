class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        cls.tag = kwargs.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.initialized = True
    def describe(cls):
        return f"{cls.__name__}:{cls.tag}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class Base(metaclass=Registry):
    pass
class Child(Base, tag="kid"):
    def hello(self):
        return "hi"
print(Registry.classes, Base.tag, Child.tag, Child.initialized, Child.describe(), Child.upper_name)
print(type(Child).__name__, isinstance(Child, Registry), isinstance(Child(), Base), Child().hello())

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__] = cls
class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
print(sorted(Plugin.registry))
try:
    class C(object, bad=1):
        pass
except TypeError as e:
    print("TypeError", e)

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        d = {}
        d["prepared"] = True
        return d
    def __repr__(cls):
        return f"<ordered {cls.__name__}>"
class O(metaclass=Ordered):
    x = 1
print(O.prepared, O.x, repr(O), O)

X = type("X", (Base,), {"y": 2})
print(X.tag, X.y, type(X).__name__, X.__qualname__, Registry.classes)

class Validated(type):
    def __new__(mcs, name, bases, ns):
        for key, value in ns.items():
            if key.startswith("test_") and not callable(value):
                raise TypeError(f"{key} must be callable")
        return super().__new__(mcs, name, bases, ns)
try:
    class T(metaclass=Validated):
        test_a = 5
except TypeError as e:
    print("TypeError", e)
class Meta2(type):
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2])
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, k):
        return k == "in"
class L(metaclass=Meta2):
    pass
print(len(L), list(L), L[4], "in" in L, "out" in L)
class M3(type):
    def __instancecheck__(cls, obj):
        return obj == 7
class Seven(metaclass=M3):
    pass
print(isinstance(7, Seven), isinstance(8, Seven))
class WithSuper:
    def m2(self):
        return "base-m2"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.made = cls.__name__
class Sub(WithSuper):
    def m(self):
        return super().m2()
print(Sub.made, Sub().m())
print(Registry.__mro__, type(Registry), Registry.__name__)
