from contextlib import contextmanager

calls = []

@contextmanager
def logged(label):
    calls.append("enter " + label)
    try:
        yield
    finally:
        calls.append("exit " + label)

@logged("work")
def work(a, b=2, *, c=3):
    """Does work."""
    calls.append("work %s %s %s" % (a, b, c))
    return a + b + c

print(work(1))
print(work(1, 5, c=10))
print(work.__name__, work.__doc__)
print(calls)

@logged("fails")
def fails():
    raise ValueError("nope")

try:
    fails()
except ValueError as e:
    print("ValueError", e)
print(calls[-2:])

class Thing:
    @logged("method")
    def m(self, x):
        return x * 10

print(Thing().m(4))
print(calls[-2:])
