import binascii

ok = True
for n in range(0, 70):
    data = bytes((i * 37 + n) % 256 for i in range(n))
    enc = binascii.b2a_base64(data)
    ok = ok and binascii.a2b_base64(enc) == data and binascii.a2b_base64(enc, strict_mode=True) == data
    ok = ok and binascii.unhexlify(binascii.hexlify(data)) == data
print(ok)
print(binascii.b2a_base64(bytes(range(60))))
