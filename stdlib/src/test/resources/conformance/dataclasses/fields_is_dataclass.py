from dataclasses import dataclass, field, fields, is_dataclass, MISSING, Field
from typing import ClassVar

@dataclass
class Item:
    name: str
    price: float = 1.5
    tags: list = field(default_factory=list)
    total: ClassVar[int] = 0

for f in fields(Item):
    print(f.name, f.type.__name__ if isinstance(f.type, type) else f.type,
          f.default is MISSING, f.default_factory is MISSING)
print(len(fields(Item("x"))))
print(type(fields(Item)).__name__, isinstance(fields(Item)[0], Field))
print(fields(Item)[1].default, fields(Item)[2].default_factory is list)
print(is_dataclass(Item), is_dataclass(Item("a")), is_dataclass(int), is_dataclass(3), is_dataclass("Item"))
print(isinstance(Item, type) and is_dataclass(Item), not isinstance(Item("a"), type) and is_dataclass(Item("a")))
try:
    fields(int)
except TypeError as e:
    print("TypeError", e)
try:
    fields(Item())
except TypeError as e:
    print("TypeError", e)
print(MISSING is MISSING, bool(MISSING))
print("__dataclass_fields__" in Item.__dict__, [f.name for f in fields(Item)])
