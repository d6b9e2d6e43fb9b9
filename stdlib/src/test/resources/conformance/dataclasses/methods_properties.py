from dataclasses import dataclass, field

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False)

    @property
    def overdrawn(self):
        return self.balance < 0

    @classmethod
    def opening(cls, owner, amount):
        acct = cls(owner)
        acct.deposit(amount)
        return acct

    @staticmethod
    def fmt(amount):
        return f"${amount:,}"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def __len__(self):
        return len(self.history)

a = Account.opening("ann", 1000)
a.withdraw(1500)
print(a, a.overdrawn, len(a), Account.fmt(a.balance), a.history)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError", e)
try:
    a.overdrawn = False
except AttributeError as e:
    print("AttributeError", e)
print(Account("bob") == Account("bob"), Account("bob").deposit(1) != Account("bob"))
print(Account.__init__.__name__ if hasattr(Account.__init__, "__name__") else "?")
print(sorted(k for k in ("__init__", "__repr__", "__eq__") if k in Account.__dict__))

@dataclass
class OwnInit:
    a: int
    def __init__(self, raw):
        self.a = int(raw)
    def __repr__(self):
        return f"OwnInit<{self.a}>"
print(OwnInit("12"), OwnInit("3") == OwnInit(" 3 "))
try:
    @dataclass(order=True)
    class OwnLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(frozen=True)
    class OwnSet:
        a: int
        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("TypeError", e)
