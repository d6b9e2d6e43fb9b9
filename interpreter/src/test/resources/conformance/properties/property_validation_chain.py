class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError('balance must be a number')
        self._balance = max(v, 0)
a = Account(50)
a.balance -= 80
print(a.balance)
a.balance += 25.5
print(a.balance)
try:
    Account('lots')
except TypeError as e:
    print(e)
