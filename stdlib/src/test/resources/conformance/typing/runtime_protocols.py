from typing import Generic, TypeVar, Protocol, Iterator, Optional, runtime_checkable
from dataclasses import dataclass, field
from enum import Enum
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1)
print(s.pop(), Stack.__mro__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class Color(str, Enum):
    RED = "red"
@dataclass
class Item:
    name: str
    color: Color = Color.RED
    tags: list[str] = field(default_factory=list)
print(Item("x"), Item("y", Color.RED).color == "red")
@runtime_checkable
class Sized2(Protocol):
    size: int
    def __len__(self) -> int: ...
class HasLen:
    size = 3
    def __len__(self): return 1
print(isinstance(HasLen(), Sized2), isinstance([], Sized2), isinstance(F(), Closable))
try:
    runtime_checkable(F)
except TypeError as e:
    print(e)
