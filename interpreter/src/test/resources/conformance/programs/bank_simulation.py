# A bank with accounts, transfers, an audit log and monthly interest


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f}")
        self.account = account
        self.amount = amount


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0, kind="checking"):
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self.balance = balance
        self.kind = kind
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<{self.kind} #{self.number} {self.owner}: {self.balance:,.2f}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance, kind="savings")
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.deposit(interest)
        return interest


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, account):
        self.accounts[account.number] = account
        self.log.append(f"open {account.number}")
        return account

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            self.log.append(f"transfer failed: no account {src}")
            return False
        except InsufficientFunds as e:
            self.log.append(f"transfer failed: {e}")
            return False
        self.accounts[dst].deposit(amount)
        self.log.append(f"transfer {amount:.2f} {src}->{dst}")
        return True

    def month_end(self):
        paid = {}
        for acct in self.accounts.values():
            if isinstance(acct, SavingsAccount):
                paid[acct.number] = acct.add_interest()
        return paid

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        lines = [f"== {self.name} =="]
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.number)):
            lines.append(f"{acct.number:>6} {acct.owner:<8} {acct.kind:<9} {acct.balance:>12,.2f}")
        lines.append(f"{'total':>6} {'':<8} {'':<9} {self.total():>12,.2f}")
        return "\n".join(lines)


bank = Bank("Moat Savings & Loan")
a = bank.open(Account("alice", 500))
b = bank.open(SavingsAccount("bob", 12000, rate=0.03))
c = bank.open(Account("carol"))
print(a, b, c, sep="\n")
print(bank.transfer(a.number, c.number, 120.5))
print(bank.transfer(c.number, a.number, 1000))
print(bank.transfer(9999, a.number, 1))
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(bank.month_end())
print(bank.report())
print(*bank.log, sep="\n")
print(a.history, c.history)
