# copy.copy and copy.deepcopy of bytearrays and bytearray subclasses.
import copy

a = bytearray(b"abc")
b = copy.copy(a)
b.append(100)
print(a, b, type(b).__name__, b is a)
nested = [a, a, (a,)]
d = copy.deepcopy(nested)
d[0].append(101)
print(d, d[0] is d[1], d[2][0] is d[0], a)
print(copy.deepcopy({"k": bytearray(b"v")}))

class Tagged(bytearray):
    pass

x = Tagged(b"zz")
x.tag = ["t"]
y = copy.copy(x)
z = copy.deepcopy(x)
y.append(33)
z.tag.append("u")
print(type(y).__name__, y, y.tag is x.tag)
print(type(z).__name__, z, z.tag, x.tag, x)
