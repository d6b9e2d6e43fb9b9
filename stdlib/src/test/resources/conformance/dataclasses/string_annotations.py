# string annotations: ClassVar, InitVar and KW_ONLY are recognised by name
import dataclasses
from dataclasses import InitVar, KW_ONLY, dataclass, fields
from typing import ClassVar


@dataclass
class Rec:
    count: "ClassVar[int]" = 0
    name: "str"
    seed: "InitVar[int]" = 0
    _: "KW_ONLY"
    weight: "float" = 1.0
    other: "dataclasses.InitVar[str]" = "o"
    plain: "list[int]" = ()

    def __post_init__(self, seed, other):
        Rec.count += 1
        self.code = f"{self.name}-{seed}-{other}"


r = Rec("a", 5, weight=2.0)
print(r, r.code, Rec.count)
print([(f.name, f.type) for f in fields(Rec)])
print({n: str(f._field_type) for n, f in Rec.__dataclass_fields__.items()})
print(Rec.__doc__)
print(Rec.__dataclass_params__)
