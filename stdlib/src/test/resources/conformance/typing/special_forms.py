from typing import Literal, Final, ClassVar, Annotated, Any, List, Tuple, Type

Mode = Literal["r", "w", "a"]
print(repr(Mode), repr(Literal[1, 2]), repr(Literal[True]))
print(repr(Final[int]), repr(ClassVar[List[int]]), repr(Annotated[int, "meta"]))
MAX: Final = 10
class Counter:
    total: ClassVar[int] = 0
    name: str
    def __init__(self, name: str) -> None:
        self.name = name
        Counter.total += 1
Counter("a"); Counter("b")
print(Counter.total, MAX, Counter.__annotations__["name"])
def open_mode(mode: Mode) -> str:
    return {"r": "read", "w": "write", "a": "append"}[mode]
print(open_mode("w"))
def make(cls: Type[Counter], name: str) -> Counter:
    return cls(name)
print(make(Counter, "c").name, Counter.total)
try:
    Any[int]
except TypeError as e:
    print("TypeError", e)
try:
    List[int][str]
except TypeError as e:
    print("TypeError", e)
try:
    List()
except TypeError as e:
    print("TypeError", e)
print(List[int]() if False else "no instantiate test")
