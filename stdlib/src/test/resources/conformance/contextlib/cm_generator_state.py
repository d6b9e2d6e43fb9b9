from contextlib import contextmanager

@contextmanager
def counter():
    counter.n += 1
    yield counter.n
counter.n = 0

cm = counter()
with cm as a:
    print("a", a)
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)

with counter() as b:
    print("b", b)

@contextmanager
def gen_with_args(*args, **kwargs):
    yield (args, sorted(kwargs.items()))

with gen_with_args(1, 2, x=3, y=4) as v:
    print(v)

@contextmanager
def uses_return():
    yield "value"
    return "ignored"

with uses_return() as v:
    print(v)

@contextmanager
def catches_and_yields_again():
    try:
        yield
    except ValueError:
        yield

try:
    with catches_and_yields_again():
        raise ValueError("again")
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def raises_on_enter():
    raise KeyError("enter failed")
    yield

try:
    with raises_on_enter():
        print("never")
except KeyError as e:
    print("KeyError", e)
