import copy
from array import array
x = array('i', [1, 2, 3])
y = copy.copy(x)
y[0] = 100
print(x[0], y[0], copy.deepcopy(x) == x, type(x).__name__, isinstance(x, array), type(x[0]).__name__, type(array('d', [1])[0]).__name__)
print(array('f', [0.1])[0], array('f', [1e40])[0], array('f', [float('nan')])[0], array('d', [float('inf')])[0])
class Named(array):
    def total(self):
        return sum(self)
n = Named('i', [1, 2, 3])
print(n.total(), len(n), n.typecode, type(n).__name__)
try:
    hash(x)
except TypeError:
    print('unhashable')
