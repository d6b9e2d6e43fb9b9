from contextlib import ExitStack

class Res:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        if self.fail:
            raise OSError("cannot open " + self.name)
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name)

def open_all(names, bad=None):
    with ExitStack() as stack:
        res = [stack.enter_context(Res(n, n == bad)) for n in names]
        stack2 = stack.pop_all()
    return res, stack2

res, stack = open_all(["a", "b"])
print([r.name for r in res], type(stack).__name__)
print("still open")
stack.close()

try:
    open_all(["x", "y", "z"], bad="z")
except OSError as e:
    print("OSError", e)

class MyStack(ExitStack):
    pass

s = MyStack()
s.callback(print, "from MyStack")
s2 = s.pop_all()
print(type(s2).__name__)
s.close()
print("s closed (nothing)")
s2.close()
