import struct

for v in [0.0, -0.0, 1.0, -2.5, 3.141592653589793, 1e-300, 1e300, float('inf'), float('-inf')]:
    for f in ['<d', '>d', '<f', '>f']:
        try:
            p = struct.pack(f, v)
            print(f, v, p.hex(), struct.unpack(f, p)[0])
        except OverflowError as e:
            print(f, v, 'OverflowError', e)
print(struct.unpack('<d', struct.pack('<d', float('nan')))[0])
print(struct.pack('<f', 0.1).hex(), struct.unpack('<f', struct.pack('<f', 0.1))[0])
print(struct.pack('<d', 7), struct.pack('<f', True))
