from contextlib import contextmanager

@contextmanager
def handler(kind):
    try:
        yield
    except kind as e:
        print("handled", type(e).__name__, e)

with handler(ValueError):
    raise ValueError("bad value")
print("continued")

try:
    with handler(ValueError):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def cleanup():
    try:
        yield 1
    finally:
        print("cleanup ran")

try:
    with cleanup() as v:
        print("v =", v)
        1 / 0
except ZeroDivisionError as e:
    print("outer", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

try:
    with reraise_other():
        raise ValueError("orig")
except TypeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
