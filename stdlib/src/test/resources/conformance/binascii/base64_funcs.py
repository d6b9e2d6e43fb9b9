import binascii

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256))]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc))
print(binascii.a2b_base64('Zm9vYmFy'))
print(binascii.a2b_base64(b'Zm9v\nYmFy\n'))
print(binascii.a2b_base64(b'Zm9v!!YmFy'))
print(binascii.a2b_base64(b'YQ=a='))
print(binascii.a2b_base64(b'YQ==trailing'))
print(binascii.a2b_base64(b'=YQ=='))
print(binascii.a2b_base64(b'YWJj', strict_mode=True))
