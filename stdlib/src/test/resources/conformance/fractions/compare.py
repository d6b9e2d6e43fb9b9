from fractions import Fraction as F
a, b = F(1, 3), F(2, 5)
print(a < b, a > b, a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(1, 2) < 0.6, 1 < a, 0.3 < a)
print(a != b, a <= a, a >= 1, F(2) == 2, 2 == F(2), F(2) != 2, F(5, 2) > 2, 3 > F(5, 2))
print(F(1, 2) == float('nan'), F(1, 2) < float('inf'), F(1, 2) > float('-inf'), F(1, 2) != float('nan'))
print(F(1, 2) < float('nan'), float('nan') >= F(1, 2), F(10**400) > 1e308, F(10**400) < float('inf'))
print(F(1, 10) == 0.1, F(1, 10) < 0.1, F(3602879701896397, 36028797018963968) == 0.1)
print(max(F(1, 2), 0.4, F(2, 3)), min([3, F(7, 3), 2.5]), sorted([F(1, 2), 0.3, 1, F(-1, 7), -1]))
print(F(1, 2) == 'a', F(1, 2) != None)
try:
    F(1, 2) < 'a'
except TypeError as e:
    print('TypeError', e)
