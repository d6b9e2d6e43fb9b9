from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, cast
from typing import Iterable, Iterator, Sequence, Mapping, Set, NamedTuple, TypedDict, Protocol
import typing
print(repr(List[int]), repr(Dict[str, List[int]]), repr(Optional[int]), repr(Union[int, str]))
print(repr(Any), repr(Callable[[int], str]), repr(Tuple[int, ...]), repr(Optional[List[str]]))
T = TypeVar('T')
print(repr(T), repr(List[T]), repr(Union[int, None]), repr(Union[int, int]), repr(Union[int, Union[str, float]]))
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box(3).get(), cast(int, '3'), typing.TYPE_CHECKING)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int))
def total(xs: Iterable[float], scale: Optional[float] = None) -> float:
    s = sum(xs)
    return s * scale if scale is not None else s
print(total([1.5, 2.5]), total([1, 2], 2.0), total.__annotations__['scale'])
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point(1, 2).y)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title='Up', year=2009)
print(m, m['year'], isinstance(m, dict))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return 'hello'
def hello(g: Greeter) -> str:
    return g.greet()
print(hello(En()))
Handler = Callable[[str], None]
registry: Dict[str, Handler] = {}
registry['x'] = print
registry['x']('called through an annotated dict')
try:
    List()
except TypeError as e:
    print(e)
