import struct

for fmt in ['@bi', '=bi', '@ci0q', '3s2xiP', '@?hiqnNPefd', 'bh', 'bhb', 'bq', 'bd', 'hi', 'iq0i',
            'b0h', 'c0d', 'xi', 'ci', 'cl', '<cl', '>cq', 'ee', 'be', 'bf', 'P', '@iii', '5sq']:
    print(fmt, struct.calcsize(fmt))
p = struct.pack('@bi', 1, 2)
print(p, struct.unpack('@bi', p))
p = struct.pack('bq', -1, 2**40)
print(p.hex(), struct.unpack('bq', p))
print(struct.pack('@ci0q', b'z', 7).hex())
print(struct.calcsize('i i'), struct.calcsize(' < i h '), struct.calcsize(''))
