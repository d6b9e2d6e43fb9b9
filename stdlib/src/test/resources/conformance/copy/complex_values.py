# complex values are atomic for copy and deepcopy; subclass instances keep their attributes
import copy

z = 1 + 2j
print(copy.copy(z) is z, copy.deepcopy(z) is z, copy.deepcopy([z, (3j,), {"k": -1j}]))


class Tagged(complex):
    pass


t = Tagged(1, 1)
t.tag = "x"
c = copy.copy(t)
d = copy.deepcopy(t)
print(type(c).__name__, c, c.tag, type(d).__name__, d, d.tag)
