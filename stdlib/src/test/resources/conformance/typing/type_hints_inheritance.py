from typing import get_type_hints, List, Optional

class Base:
    id: int
    tags: List[str]

class Mid(Base):
    name: str

class Leaf(Mid):
    id: str
    parent: Optional["Leaf"] = None

print(get_type_hints(Base))
print(get_type_hints(Mid))
hints = get_type_hints(Leaf)
print(list(hints), hints["id"], hints["name"])
print(Leaf.__annotations__ if False else sorted(Leaf.__dict__.get("__annotations__", {})))

def reset(force: bool = False) -> None:
    pass
def nothing(x: None) -> None:
    return x
print(get_type_hints(reset), get_type_hints(nothing))
print(reset.__annotations__)

class Plain:
    pass
print(get_type_hints(Plain), get_type_hints(lambda x: x))
