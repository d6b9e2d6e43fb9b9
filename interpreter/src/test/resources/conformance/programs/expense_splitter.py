EXPENSES = [
    ("dinner", "ann", 120.00, ["ann", "bob", "cy"]),
    ("taxi", "bob", 30.00, ["ann", "bob"]),
    ("tickets", "cy", 75.50, ["ann", "bob", "cy", "dee"]),
    ("snacks", "dee", 12.25, ["dee"]),
]

def split(expenses):
    balance = {}
    for what, payer, amount, people in expenses:
        if not people:
            raise ValueError(f"{what}: nobody to split with")
        cents = round(amount * 100)
        share, extra = divmod(cents, len(people))
        balance[payer] = balance.get(payer, 0) + cents
        for i, p in enumerate(sorted(people)):
            balance[p] = balance.get(p, 0) - share - (1 if i < extra else 0)
    return balance

def settle(balance):
    debtors = sorted((v, k) for k, v in balance.items() if v < 0)
    creditors = sorted(((v, k) for k, v in balance.items() if v > 0), reverse=True)
    transfers = []
    while debtors and creditors:
        d_amt, d = debtors.pop(0)
        c_amt, c = creditors.pop(0)
        pay = min(-d_amt, c_amt)
        transfers.append((d, c, pay))
        if -d_amt > pay:
            debtors.insert(0, (d_amt + pay, d))
        if c_amt > pay:
            creditors.insert(0, (c_amt - pay, c))
    return transfers

bal = split(EXPENSES)
for name in sorted(bal):
    print(f"{name:>4}: {bal[name] / 100:+8.2f}")
print("sum is zero:", sum(bal.values()) == 0)
for frm, to, cents in settle(bal):
    print(f"{frm} pays {to} {cents // 100}.{cents % 100:02d}")
try:
    split([("ghost", "ann", 5.0, [])])
except ValueError as e:
    print(type(e).__name__, e)
