from decimal import Decimal as D
from fractions import Fraction as F
print(hash(D('0.5')) == hash(0.5), hash(D(3)) == hash(3), hash(D('1.25')), hash(D('0.1')), hash(D(-7)), hash(D('1E+30')) == hash(10**30))
print(hash(D('0.1')) == hash(F(1, 10)), hash(D('-2.50')) == hash(F(-5, 2)), hash(D('inf')), hash(D('-inf')), hash(D('1e-50')) == hash(F(1, 10**50)))
print(len({D('1.0'), D('1.00'), D(1)}), D('2.0') in {2}, {D('0.5'): 'half'}[D('0.50')])
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
