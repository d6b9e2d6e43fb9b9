import struct

s = struct.Struct('<hi')
print(s.size, s.format, type(s).__name__)
p = s.pack(1, -2)
print(p, s.unpack(p), s.unpack_from(b'xx' + p, 2), list(s.iter_unpack(p * 3)))
b = struct.Struct(b'>Q')
print(b.format, b.size, b.pack(2**64 - 1))
try:
    s.pack(1)
except struct.error as e:
    print('struct.error:', e)
try:
    s.unpack(b'x')
except struct.error as e:
    print('struct.error:', e)
try:
    struct.Struct('q!')
except struct.error as e:
    print('struct.error:', e)
try:
    struct.Struct(5)
except TypeError as e:
    print('TypeError', e)
print(repr(s).startswith('<_struct.Struct object at 0x'))
class Header(struct.Struct):
    def __init__(self):
        super().__init__('<4sI')
h = Header()
print(h.size, h.unpack(h.pack(b'MOAT', 7)))
