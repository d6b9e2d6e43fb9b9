class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        assert amount <= self.balance, f"insufficient funds: {self.balance} < {amount}"
        self.balance -= amount


acct = Account(10)
acct.withdraw(4)
print(acct.balance)
acct.withdraw(20)
