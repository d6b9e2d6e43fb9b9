import struct

for v in [0.0, -0.0, 1.0, 1.5, -2.0, 0.1, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 1e-8, 3e-8, 2.98e-08, 0.000123, 1000.7, float('inf'), float('-inf')]:
    p = struct.pack('<e', v)
    print(v, p.hex(), struct.pack('>e', v).hex(), struct.unpack('<e', p)[0])
for bits in [0x0000, 0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0xc000, 0x3555]:
    print(hex(bits), struct.unpack('<e', bits.to_bytes(2, 'little'))[0])
for v in [65520.0, 1e10, -1e6]:
    try:
        struct.pack('<e', v)
    except OverflowError as e:
        print('OverflowError', e)
print(struct.unpack('<e', struct.pack('<e', float('nan')))[0])
