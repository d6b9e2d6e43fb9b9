class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balance += amount


acct = Account()
acct.deposit(5)
print(acct.balance)
print(acct.balanse)
