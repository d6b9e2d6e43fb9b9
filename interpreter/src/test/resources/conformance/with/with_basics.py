class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as r:
    print("inside", r.name)

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)

with Resource("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Resource("n"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)

with (Resource("p1") as p1,
      Resource("p2") as p2):
    print("parenthesized", p1.name, p2.name)


def early():
    with Resource("ret"):
        return "returned"


print(early())
for k in range(3):
    with Resource(f"loop{k}"):
        if k == 1:
            continue
        if k == 2:
            break
        print("body", k)
