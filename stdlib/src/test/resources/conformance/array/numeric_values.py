from array import array
import math
f = array('f', [1/3, 1e-50, 3.4028235e38, -0.0, 16777217])
print(f, [math.copysign(1, v) for v in f])
d = array('d', [1/3, 5e-324, -0.0, 2**53 + 1])
print(d, d.tolist())
q = array('q', [2**63 - 1, -2**63])
print(q, q[0] + 1, array('Q', [2**64 - 1])[0] + 1, array('L', [2**64 - 1]).tolist())
i = array('i', [7])
i[0] += 5
i[0] *= 3
print(i, array('d', [True, 2, 3.5]), array('b', (x - 3 for x in range(6))))
class Num:
    def __index__(self):
        return 42
    def __float__(self):
        return 2.5
print(array('i', [Num()]), array('d', [Num()]), array('B', [Num()]))
try:
    array('f', [1e300])
except OverflowError as e:
    print('OverflowError', e)
