from typing import Optional, Union, List

print(repr(Optional[int]), repr(Optional[List[str]]))
print(repr(Union[int, str]), repr(Union[int, None]), repr(Union[None, int]))
print(repr(Union[int, str, None]))
print(repr(Union[int]), repr(Union[int, int]), repr(Union[int, str, int]))
print(repr(Union[int, Union[str, float]]), repr(Union[Union[int, str], Union[str, bytes]]))
print(repr(Optional[Optional[int]]), repr(Optional[Union[int, str]]))
print(Union[int, str] == Union[int, str], Optional[int] == Union[int, None])
print(Optional[int] == Union[None, int], Union[int, str] == Union[str, int])
print(Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[int, str]))
print(len({Union[int, str], Union[int, str], Optional[int]}))
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
