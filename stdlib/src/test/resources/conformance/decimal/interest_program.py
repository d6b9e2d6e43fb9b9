# Amortisation schedule with Decimal, compared with a closed form.
from decimal import Decimal, getcontext, ROUND_HALF_EVEN
getcontext().prec = 30
principal = Decimal('250000')
annual = Decimal('0.0375')
months = 360
r = annual / 12
payment = (principal * r / (1 - (1 + r) ** -months)).quantize(Decimal('0.01'), ROUND_HALF_EVEN)
print('payment', payment)
balance = principal
total_interest = Decimal(0)
for m in range(1, months + 1):
    interest = (balance * r).quantize(Decimal('0.01'))
    total_interest += interest
    balance -= payment - interest
    if m in (1, 12, 120, 359, 360):
        print(m, interest, balance)
print('interest', total_interest, 'final', balance)
print(Decimal(2).sqrt(), Decimal(10) ** -5, Decimal('1.00') * Decimal('3.000'))
