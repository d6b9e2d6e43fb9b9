from typing import get_origin, get_args, List, Dict, Tuple, Set, Optional, Union, Callable, Any

print(get_origin(List[int]), get_args(List[int]))
print(get_origin(Dict[str, List[int]]), get_args(Dict[str, List[int]]))
print(get_origin(Tuple[int, str]), get_args(Tuple[int, str]))
print(get_origin(Set[bytes]), get_args(Tuple[int, ...]))
print(get_origin(Union[int, str]) is Union, get_args(Union[int, str]))
print(get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_origin(int), get_args(int), get_origin(List), get_args(List))
print(get_origin(Any), get_args(Any), get_origin(None), get_args("x"))

def describe(tp):
    origin = get_origin(tp)
    if origin is Union:
        args = get_args(tp)
        if type(None) in args:
            rest = [a for a in args if a is not type(None)]
            return "optional " + " or ".join(describe(a) for a in rest)
        return " or ".join(describe(a) for a in args)
    if origin is list:
        return "list of " + describe(get_args(tp)[0])
    if origin is dict:
        k, v = get_args(tp)
        return f"dict {describe(k)} -> {describe(v)}"
    return tp.__name__
for tp in [int, List[str], Optional[List[int]], Dict[str, Union[int, float]]]:
    print(describe(tp))
