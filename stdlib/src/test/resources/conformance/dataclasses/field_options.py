from dataclasses import dataclass, field, fields

@dataclass
class User:
    name: str
    password: str = field(repr=False, default="")
    login_count: int = field(default=0, compare=False)
    cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    slug: str = field(init=False, default="")

u1 = User("ann", "secret", 3)
u2 = User("ann", "secret", 7)
print(u1)
print(u1 == u2, u1.cache, repr(u1.slug))
u1.cache["x"] = 1
print(u1 == u2)
print(User("ann", "other") == u1)
for f in fields(User):
    print(f.name, f.init, f.repr, f.compare)
try:
    User("ann", "pw", 1, {})
except TypeError as e:
    print("TypeError", e)
try:
    User("ann", slug="x")
except TypeError as e:
    print("TypeError", e)
