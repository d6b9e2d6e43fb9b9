# field metadata (a read-only mapping) and field hash=
from dataclasses import dataclass, field, fields


@dataclass
class Column:
    name: str = field(metadata={"db": "col_name", "max": 40})
    width: int = field(default=10, metadata={"unit": "chars"})
    note: str = ""


meta = {f.name: f.metadata for f in fields(Column)}
print(meta["name"]["db"], meta["name"].get("max"), meta["name"].get("zz", "-"))
print(dict(meta["width"]), len(meta["name"]), "db" in meta["name"], list(meta["name"]))
print(repr(meta["width"]), str(meta["width"]))
print(repr(meta["note"]), len(meta["note"]), meta["note"] is fields(Column)[2].metadata)
print(sorted(meta["name"].items()), list(meta["name"].keys()), list(meta["name"].values()))
try:
    meta["name"]["db"] = "other"
except TypeError as e:
    print("TypeError:", e)
source = {"a": 1}
f = field(metadata=source)
source["b"] = 2
print(f.metadata, type(f.metadata).__name__)
try:
    field(metadata=[1, 2])
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Doc:
    id: int
    title: str = field(hash=False)
    cache: dict = field(default_factory=dict, compare=False)
    rev: int = field(default=0, compare=False, hash=True)


d1 = Doc(1, "a")
d2 = Doc(1, "b")
print(hash(d1) == hash((1, 0)), hash(d1) == hash(d2), d1 == d2)
print(hash(Doc(1, "a", rev=2)) == hash((1, 2)))
print([(f.name, f.hash, f.compare) for f in fields(Doc)])


@dataclass(frozen=True)
class Frozen:
    a: int
    b: int = field(hash=False)
    c: list = field(default=(), compare=False)


print(hash(Frozen(1, 2)) == hash((1,)), hash(Frozen(1, 2)) == hash(Frozen(1, 3)))


@dataclass
class Plain:
    a: int = field(hash=True)


print(Plain.__hash__)
