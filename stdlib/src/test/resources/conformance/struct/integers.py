import struct

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N']:
    for order in ['<', '>', '=', '!', '@']:
        if order != '@' and fmt in 'nN':
            continue
        f = order + fmt
        size = struct.calcsize(f)
        v = 2 ** (8 * size - 1) - 1 if fmt.islower() else 2 ** (8 * size) - 1
        packed = struct.pack(f, v)
        print(f, size, packed.hex(), struct.unpack(f, packed)[0] == v)
print(struct.pack('<i', -2), struct.pack('>i', -2), struct.unpack('<h', b'\xff\xff'), struct.unpack('<H', b'\xff\xff'))
print(struct.pack('<q', -2**63).hex(), struct.unpack('<Q', b'\xff' * 8))
