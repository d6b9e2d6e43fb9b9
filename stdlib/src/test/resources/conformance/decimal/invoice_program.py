# An invoice with exact money arithmetic, tax rounding and a payment schedule.
from decimal import Decimal, ROUND_HALF_UP, localcontext

CENT = Decimal('0.01')
items = [('widget', Decimal('19.99'), 3), ('gadget', Decimal('4.25'), 10), ('service', Decimal('120.00'), 1)]
subtotal = sum(price * qty for _, price, qty in items)
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal + tax
for name, price, qty in items:
    print(f'{name:10} {qty:3} x {price:>8} = {price * qty:>9}')
print(f'subtotal {subtotal:>10}\ntax      {tax:>10}\ntotal    {total:>10}')
n = 7
share = (total / n).quantize(CENT)
payments = [share] * (n - 1) + [total - share * (n - 1)]
print(payments, sum(payments) == total)
with localcontext() as ctx:
    ctx.prec = 50
    rate = Decimal('0.05') / 12
    balance = Decimal('10000')
    for month in range(12):
        balance += (balance * rate)
    print(balance.quantize(CENT), (Decimal(1) + rate) ** 12)
