from contextlib import contextmanager

@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

with tag("h1") as t:
    print("inside", t)

with tag("p"):
    with tag("b"):
        print("nested")

print(tag.__name__)
cm = tag("x")
print(type(cm).__name__)
print(cm.__enter__())
print(cm.__exit__(None, None, None))
