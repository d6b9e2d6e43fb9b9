from contextlib import AbstractContextManager, ContextDecorator

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("exit")
        return None

m = Managed()
with m as x:
    print(x is m)

class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

print(isinstance(Duck(), AbstractContextManager))
print(issubclass(Duck, AbstractContextManager))
print(isinstance(object(), AbstractContextManager))
print(issubclass(int, AbstractContextManager))

class timed(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("start", self.label)
        return self
    def __exit__(self, typ, val, tb):
        print("stop", self.label, typ.__name__ if typ else None)
        return False

@timed("job")
def job(n):
    print("job", n)
    return n + 1

print(job(1))
with timed("block"):
    print("in block")

@timed("failing")
def failing():
    raise KeyError("x")
try:
    failing()
except KeyError as e:
    print("KeyError", e)

class swallow(ContextDecorator):
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

@swallow()
def broken():
    raise ValueError
print(broken())
