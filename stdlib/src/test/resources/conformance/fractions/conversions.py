from fractions import Fraction as F
print(float(F(1, 3)), float(F(2**80 + 1, 3**40)), float(F(1, 10**400)), float(F(-5, 8)))
print(float(F(10**310, 10**5)), float(F(1, 2**1074)), float(F(3, 2**1076)), float(F(2**1024 - 2**971, 1)))
try:
    float(F(10**400))
except OverflowError as e:
    print('OverflowError', e)
print(bool(F(0)), bool(F(1, 9)), int(F(99, 10)), str(F(10, 5)), str(F(-3, 9)), f"{F(1, 3)}", "%s" % F(2, 3))
print(F(3, 4).as_integer_ratio(), [F(1, 2)], (F(1, 3),), {'k': F(5)})
