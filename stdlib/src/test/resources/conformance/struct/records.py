import struct

# Fixed-size records: name, age, score, active flag.
REC = struct.Struct('<10sBf?')
people = [(b'ann', 31, 88.5, True), (b'bob', 45, 72.25, False), (b'catherine!!', 27, 91.0, True)]
blob = b''.join(REC.pack(*p) for p in people)
print(REC.size, len(blob))
for name, age, score, active in REC.iter_unpack(blob):
    print(name.rstrip(b'\0').decode(), age, score, active)
print(struct.unpack('<3H', struct.pack('<3H', 1, 2, 3)))
