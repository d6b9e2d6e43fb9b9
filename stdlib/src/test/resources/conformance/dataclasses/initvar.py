# InitVar: an __init__ parameter handed to __post_init__, never a field
import dataclasses
from dataclasses import InitVar, dataclass, field, fields, replace


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    currency: InitVar[str] = "EUR"
    rate: InitVar[float] = 1.0

    def __post_init__(self, currency, rate):
        print("post_init", currency, rate)
        self.balance = round(self.balance * rate, 2)
        self.label = f"{self.owner}/{currency}"


a = Account("ann", 10.0, "USD", 1.1)
print(a, a.label)
print([f.name for f in fields(Account)])
print(dataclasses.asdict(a))
print(Account.currency, a.currency)
f = Account.__dataclass_fields__["rate"]
print(f.name, f.type, f.default, f._field_type)
print(repr(InitVar[int]), repr(InitVar(str)), type(InitVar[int]) is InitVar)
print(InitVar[int].type)
b = replace(a, owner="bob")
print(b)


@dataclass
class Secret:
    user: str
    password: InitVar[str]
    digest: int = field(init=False)

    def __post_init__(self, password):
        self.digest = sum(map(ord, password))


s = Secret("u", "pw")
print(s, Secret.__match_args__)
try:
    replace(s, user="v")
except ValueError as e:
    print("ValueError:", e)
print(replace(s, password="zz"))
try:
    Secret("u")
except TypeError as e:
    print("TypeError:", e)


@dataclass
class NoPost:
    x: int
    scale: InitVar[int] = 2


print(NoPost(1, 5), vars(NoPost(1, 5)))

try:
    @dataclass
    class BadFactory:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Child(Account):
    extra: int = 0

    def __post_init__(self, currency, rate):
        super().__post_init__(currency, rate)
        print("child", self.extra)


print(Child("c", 1.0, "GBP", 2.0, 5))
print([f.name for f in fields(Child)], Child.__match_args__)
