import functools


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def singleton(cls):
    instances = {}

    @functools.wraps(cls)
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@add_repr
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


print(Pair(1, "x"))


@singleton
class Config:
    def __init__(self, value):
        self.value = value


print(Config(1).value, Config(2).value, Config(3) is Config(4))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @functools.cached_property
    def expensive(self):
        print("computing once")
        return self._c * 2


t = Temperature.freezing()
t.celsius = 25
print(t.celsius, Temperature.c_to_f(t.celsius), t.c_to_f(100))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
print(t.expensive, t.expensive)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    calls = 0

    def count(fn):
        @functools.wraps(fn)
        def inner(self, *a):
            type(self).calls += 1
            return fn(self, *a)
        return inner

    @count
    def work(self, x):
        return x * 2

    count = staticmethod(count)


c = Counter()
print(c.work(2), c.work(5), Counter.calls)
