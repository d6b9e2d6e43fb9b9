# list[int] and int | None as typing sees them
from typing import get_origin, get_args, List, Optional, get_type_hints


def f(x: list[int], y: dict[str, list[int]] | None = None) -> int | None:
    return None


print(get_origin(list[int]), get_args(list[int]), get_args(dict[str, list[int]]))
print(get_args(int | None), get_origin(int | None) is type(int | str))
print(List[int], Optional[int], list[int], tuple[int, ...], int | str | None)
print(get_type_hints(f))
print(f.__annotations__["y"], list[int] == list[int])
print(isinstance([], list), isinstance(3, int | float), issubclass(bool, int | None))
print(int | str == str | int, list[int] == list[str], hash(list[int]) == hash(list[int]))
print({int | None: "optional int"}[None | int])
