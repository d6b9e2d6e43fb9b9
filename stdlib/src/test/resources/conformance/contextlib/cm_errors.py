from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield
    print("returned without yield")

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields() as v:
        print("got", v)
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def keeps_going():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", e)

try:
    with keeps_going():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def stops():
    yield

try:
    with stops():
        raise StopIteration("stop!")
except StopIteration as e:
    print("StopIteration propagated", e)

try:
    with stops():
        raise RuntimeError("plain runtime")
except RuntimeError as e:
    print("RuntimeError", e)
