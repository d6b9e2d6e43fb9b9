def amortize(principal, annual_rate, months):
    if months <= 0:
        raise ValueError("months must be positive")
    r = annual_rate / 12
    payment = principal / months if r == 0 else principal * r / (1 - (1 + r) ** -months)
    payment = round(payment, 2)
    balance = principal
    for m in range(1, months + 1):
        interest = round(balance * r, 2)
        pay = payment if m < months else round(balance + interest, 2)
        balance = round(balance + interest - pay, 2)
        yield m, pay, interest, balance

rows = list(amortize(5000, 0.06, 12))
print(f"{'month':>5} {'payment':>9} {'interest':>9} {'balance':>10}")
for m, pay, interest, bal in rows:
    print(f"{m:>5} {pay:>9.2f} {interest:>9.2f} {bal:>10.2f}")
total_interest = sum(r[2] for r in rows)
print(f"total interest {total_interest:.2f}, total paid {sum(r[1] for r in rows):.2f}")
print([round(p, 2) for _, p, _, _ in amortize(1200, 0.0, 4)])
try:
    list(amortize(100, 0.1, 0))
except ValueError as e:
    print(type(e).__name__, e)
