from typing import cast, NewType, List, Dict, Any

data: Any = {"ids": [1, 2, 3]}
ids = cast(List[int], data["ids"])
print(ids, ids is data["ids"], cast(str, 42), cast("int", None), cast(Dict[str, int], {}))

UserId = NewType("UserId", int)
OrderId = NewType("OrderId", int)
u = UserId(42)
o = OrderId(42)
print(u, type(u).__name__, u == o, u + 1, UserId.__name__)
def lookup(user: UserId) -> str:
    return f"user-{user}"
print(lookup(u), lookup(UserId(7)))
Name = NewType("Name", str)
n = Name("ada")
print(n.upper(), type(n) is str, callable(Name))
names: Dict[UserId, Name] = {UserId(1): Name("x")}
print(names)
