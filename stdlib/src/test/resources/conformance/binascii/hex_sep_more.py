import binascii

data = bytes(range(10))
for sep, n in [(':', 1), (':', 2), (':', 3), (':', -3), (b' ', 4), ('-', 10), ('-', 11), ('_', -1)]:
    print(repr(sep), n, binascii.hexlify(data, sep, n))
print(binascii.b2a_hex(b'\x01', '|'))
print(binascii.hexlify(b'', ':'))
