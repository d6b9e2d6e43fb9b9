# Classes derived from bytearray.
class Buffer(bytearray):
    def __init__(self, data=b"", name="buf"):
        super().__init__(data)
        self.name = name

    def write(self, data):
        self.extend(data)
        return len(data)

    def __repr__(self):
        return "Buffer(%r, %d bytes)" % (self.name, len(self))

b = Buffer(b"ab", name="out")
print(b.write(b"cd"), b.write(bytearray(b"!")))
print(b, repr(b), str(b))
print(bytes(b), len(b), b[0], b[1:3], type(b[1:3]).__name__)
print(isinstance(b, bytearray), isinstance(b, Buffer), type(b).__name__, b.name)
print(type(b.upper()).__name__, type(b + b"x").__name__, type(b.copy()).__name__)
print(type(b * 2).__name__, type(b"x" + b).__name__)
print(b == b"abcd!", b == bytearray(b"abcd!"), b < b"b")
b[0] = 65
del b[-1]
b += b"?"
print(bytes(b), type(b).__name__)

class Plain(bytearray):
    pass

p = Plain(b"xyz")
print(p, repr(p), list(p), Plain.fromhex("41 42"), type(Plain.fromhex("41")).__name__)
print(Plain(), Plain(3), Plain("é", "utf-8"), Plain([1, 2]))

class Counting(bytearray):
    def __len__(self):
        return 99

    def __getitem__(self, i):
        return "item %r" % (i,)

    def __contains__(self, x):
        return True

c = Counting(b"ab")
print(len(c), c[0], "zz" in c, bytes(c), list(c), bool(c))

class Upper(bytearray):
    def __str__(self):
        return self.decode().upper()

u = Upper(b"shout")
print(u, str(u), repr(u), "%s" % u)

class Hashable(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)

h = Hashable(b"")
h.append(33)
print(h)

class Log(bytearray):
    def __iadd__(self, other):
        print("iadd", other)
        self.extend(other)
        self.extend(b"|")
        return self

    def __imul__(self, n):
        print("imul", n)
        return Log(b"many")

g = Log(b"x")
g += b"y"
print(g, type(g).__name__)
g *= 3
print(g, type(g).__name__)

class Grow(list):
    def __iadd__(self, other):
        return "list iadd called"

gl = Grow([1])
gl += [2]
print(gl)
