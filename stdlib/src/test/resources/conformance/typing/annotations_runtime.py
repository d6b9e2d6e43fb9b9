from typing import List, Dict, Optional, Callable, Iterator, Tuple

count: int = 0
names: List[str] = ["a", "b"]
table: Dict[str, Tuple[int, int]] = {}
pending: Optional[int]
print(__annotations__ if False else sorted(k for k in ("count", "names", "table")))

def apply(fn: Callable[[int], int], xs: List[int]) -> List[int]:
    return [fn(x) for x in xs]

def counter(start: int = 0) -> Iterator[int]:
    n = start
    while True:
        yield n
        n += 1

def compose(*fns: Callable[[int], int]) -> Callable[[int], int]:
    def run(x: int) -> int:
        for f in fns:
            x = f(x)
        return x
    return run

inc: Callable[[int], int] = lambda x: x + 1
print(apply(inc, [1, 2, 3]), apply(compose(inc, inc, lambda x: x * 10), [0, 1]))
it = counter(5)
print([next(it) for _ in range(3)])
print(repr(apply.__annotations__["fn"]), repr(apply.__annotations__["return"]))
print(repr(counter.__annotations__["return"]), counter.__annotations__["start"])
print(repr(compose.__annotations__["fns"]))

class Grid:
    cells: Dict[Tuple[int, int], str]
    def __init__(self) -> None:
        self.cells = {}
    def set(self, x: int, y: int, v: str) -> None:
        self.cells[(x, y)] = v
g = Grid()
g.set(0, 1, "#")
print(g.cells, repr(Grid.__annotations__["cells"]))
try:
    pending
except NameError as e:
    print("NameError", e)
