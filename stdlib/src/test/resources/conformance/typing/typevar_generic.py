from typing import TypeVar, Generic, List, Optional, Dict

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(repr(T), repr(N), repr(B), repr(Co), repr(Contra))
print(T.__name__, N.__constraints__, B.__bound__, Co.__covariant__, Contra.__contravariant__)
print(repr(List[T]), repr(Dict[K, V]), repr(Optional[T]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), isinstance(s, Stack))
s2 = Stack[str]()
s2.push("a")
print(s2.pop(), type(s2).__name__)
try:
    s2.pop()
except IndexError as e:
    print("IndexError", e)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)
p = Pair("a", 1).swap()
print(p.key, p.value)

class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self._items)
i = IntStack()
for n in range(5):
    i.push(n)
print(i.total(), isinstance(i, Stack))

def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]))
