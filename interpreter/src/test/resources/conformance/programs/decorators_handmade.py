# Decorators written by hand: memoize, retry, call counting, argument validation


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


def retry(times, exceptions=(Exception,)):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return decorate


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def validate(**types):
    def decorate(fn):
        def wrapper(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError(f"{name} must be {t.__name__}, got {type(kwargs.get(name)).__name__}")
            return fn(**kwargs)
        return wrapper
    return decorate


@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)


print(paths(10, 10), len(paths.cache), paths.__name__)
state = {"n": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"try {state['n']}")
    return "connected"


print(flaky())


@retry(2)
def always_fails():
    raise ValueError("nope")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)


@counted
def hello(name="world"):
    return f"hello {name}"


print(hello(), hello("ann"), hello.calls)


@validate(name=str, age=int)
def register(name, age):
    return f"{name} ({age})"


print(register(name="ann", age=30))
try:
    register(name="bob", age="old")
except TypeError as e:
    print("TypeError:", e)
