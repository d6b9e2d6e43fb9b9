class VendingError(Exception):
    pass

class Machine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200}
    COINS = (100, 25, 10, 5)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.state = "idle"
    def insert(self, cents):
        if cents not in self.COINS:
            raise VendingError(f"rejected coin {cents}")
        self.credit += cents
        self.state = "has_credit"
    def select(self, slot):
        if slot not in self.PRICES:
            raise VendingError(f"no slot {slot}")
        if self.stock.get(slot, 0) == 0:
            raise VendingError(f"{slot} sold out")
        price = self.PRICES[slot]
        if self.credit < price:
            raise VendingError(f"insert {price - self.credit} more for {slot}")
        self.stock[slot] -= 1
        change = self.make_change(self.credit - price)
        self.credit = 0
        self.state = "idle"
        return change
    def make_change(self, amount):
        out = []
        for c in self.COINS:
            n, amount = divmod(amount, c)
            out += [c] * n
        return out

m = Machine({"A1": 1, "A2": 5})
steps = [("insert", 100), ("select", "A1"), ("insert", 25), ("insert", 10), ("select", "A1"),
         ("select", "A1"), ("insert", 3), ("insert", 100), ("select", "B1"), ("select", "C9"),
         ("select", "A2")]
for op, arg in steps:
    try:
        result = getattr(m, op)(arg)
        print(f"{op} {arg}: ok {result if result is not None else ''} credit={m.credit} state={m.state}")
    except VendingError as e:
        print(f"{op} {arg}: {type(e).__name__}: {e}")
print(m.stock)
