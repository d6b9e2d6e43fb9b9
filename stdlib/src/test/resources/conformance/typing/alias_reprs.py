import typing
from typing import (List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
                    Sequence, Mapping, MutableMapping, Generator, Any, DefaultDict, Deque)

for a in [List, Dict, Set, Tuple, Callable, Iterable, Any]:
    print(repr(a))
print(repr(List[int]), repr(List[List[int]]), repr(Dict[str, int]))
print(repr(Set[str]), repr(FrozenSet[bytes]), repr(Type[int]))
print(repr(Tuple[int, str]), repr(Tuple[int, ...]), repr(Tuple[()]))
print(repr(Callable[[int, str], bool]), repr(Callable[..., None]), repr(Callable[[], int]))
print(repr(Iterator[float]), repr(Sequence[Tuple[int, int]]), repr(Mapping[str, Any]))
print(repr(Generator[int, None, None]), repr(MutableMapping[str, List[int]]))
print(repr(DefaultDict[str, int]), repr(Deque[int]))
class Thing:
    pass
print(repr(List[Thing]), repr(Dict[str, Thing]))
print(repr(typing.Optional[Thing]))
