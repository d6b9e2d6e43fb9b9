import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n


for n in [1, 2, 1, 3, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())


@functools.cache
def slow_add(a, b):
    print("adding", a, b)
    return a + b


print(slow_add(1, 2), slow_add(1, 2), slow_add(b=2, a=1))


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
def _(x):
    return "list of " + ", ".join(show(i) for i in x)


print(show(3), "|", show("s"), "|", show([1, "a"]))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1))
double = functools.partial(lambda a, b: a * b, 2)
print(double(21), double.args, functools.reduce(lambda a, b: a * b, range(1, 6)))
