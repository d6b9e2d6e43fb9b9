import functools


def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@repeat(3)
def greet(name, punct="!"):
    """Say hello."""
    return f"hi {name}{punct}"


print(greet("ann"))
print(greet("bob", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__("x"))


def tagged(*tags, sep=","):
    def decorate(fn):
        fn.tags = sep.join(tags)
        return fn
    return decorate


@tagged("a", "b", sep="|")
@tagged("ignored")
def f():
    return 1


print(f.tags)


def trace(fn):
    depth = [0]

    @functools.wraps(fn)
    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        try:
            result = fn(*args)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(3)

registry = {}


def register(name=None):
    def decorate(fn):
        registry[name or fn.__name__] = fn
        return fn
    if callable(name):
        fn, name = name, None
        return decorate(fn)
    return decorate


@register
def alpha():
    return "A"


@register("beta-name")
def beta():
    return "B"


print(sorted(registry), registry["beta-name"]())
