from contextlib import nullcontext, closing

with nullcontext() as x:
    print(x)
with nullcontext(42) as x:
    print(x)
obj = [1, 2]
with nullcontext(obj) as x:
    print(x is obj)

def process(data, lock=None):
    with lock if lock is not None else nullcontext():
        return sum(data)
print(process([1, 2, 3]))

try:
    with nullcontext():
        raise ValueError("passes through")
except ValueError as e:
    print("ValueError", e)

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closing", self.name)

r = Resource("db")
with closing(r) as res:
    print(res is r, res.closed)
print(r.closed)

r2 = Resource("file")
try:
    with closing(r2):
        raise KeyError("oops")
except KeyError as e:
    print("KeyError", e, r2.closed)

try:
    with closing(42):
        pass
except AttributeError as e:
    print("AttributeError", e)
