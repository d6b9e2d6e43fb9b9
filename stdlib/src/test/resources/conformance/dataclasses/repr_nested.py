from dataclasses import dataclass, field
from typing import Optional

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)

root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
kid.children.append(Node(3))
print(root)
print(repr(kid))
print(str(Node(0)))

@dataclass
class Link:
    name: str
    next: object = None

a = Link("a")
a.next = a
print(a)
b = Link("b")
c = Link("c", b)
b.next = c
print(b)

@dataclass(repr=False)
class Quiet:
    x: int
print(repr(Quiet(1)).startswith("<__main__.Quiet object at"))

@dataclass
class Custom:
    x: int
    def __repr__(self):
        return f"C<{self.x}>"
print(Custom(5), [Custom(1), Custom(2)])

@dataclass
class Strs:
    s: str
    f: float
    t: tuple
print(Strs("it's", 1.0, ("a", None)))
print(f"{Strs('x', 2.5, ())}")
