from fractions import Fraction as F
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)))
print(hash(F(-7, 12)), hash(F(2**70, 3)), hash(F(-2**80)) == hash(-2**80), hash(F(5, 4)) == hash(1.25))
print(hash(F(1, 2**61 - 1)), hash(F(-1, 2**61 - 1)), hash(F(0)))
s = {F(1, 2), F(2, 4), F(3, 6)}
print(len(s), F(1, 2) in {0.5}, 0.5 in {F(1, 2)}, 3 in {F(3)}, len({F(3), F(6, 2)}))
d = {F(1, 3): 'third', F(1, 4): 'quarter'}
print(d[F(2, 6)], d[F(1, 4)])
