from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    print("using", names)
print("done")

with ExitStack() as stack:
    stack.callback(print, "first registered")
    stack.callback(print, "second", "registered", sep="-")
    r = stack.callback(len, "x")
    print(r is len)

def cleanup(*args, **kwargs):
    print("cleanup", args, sorted(kwargs.items()))

with ExitStack() as stack:
    stack.callback(cleanup, 1, 2, key="v")
    stack.callback(cleanup)

stack = ExitStack()
stack.callback(print, "closed explicitly")
print("before close")
stack.close()
stack.close()
print("closed twice fine")
