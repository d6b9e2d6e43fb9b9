class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance:,.2f})"
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} needs {amount - account.balance:.2f} more")
        self.account = account
accts = [Account("ann", 100), Account("ben"), Account("cy", 1e6)]
accts[0].deposit(50).withdraw(30)
for a in accts:
    try:
        a.withdraw(120)
    except InsufficientFunds as e:
        print("error:", e)
    except ValueError as e:
        print("value:", e)
print(accts)
try:
    accts[1].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e.args)
total = sum(a.balance for a in accts)
print(f"{total:e} {total:_.1f} {len(accts[0].history)} {accts[0].history[-1]}")
def gen_report(accounts):
    for a in accounts:
        status = "rich" if a.balance > 1000 else "ok" if a.balance > 0 else "empty"
        yield f"{a.owner}: {status}"
print("\n".join(gen_report(accts)))
matrix = [[i * j for j in range(1, 5)] for i in range(1, 4)]
transposed = list(map(list, zip(*matrix)))
print(transposed, [row for row in matrix if sum(row) % 2 == 0])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)})
s = "Hello, World"
print(s[::-1], s.swapcase(), s.split(", "), "-".join(reversed(s.split(", "))), s.center(20, "*"))
