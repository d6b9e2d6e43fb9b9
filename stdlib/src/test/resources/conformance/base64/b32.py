import base64

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\xff' * 7]:
    enc = base64.b32encode(data)
    hexenc = base64.b32hexencode(data)
    print(enc, hexenc, base64.b32decode(enc) == data, base64.b32hexdecode(hexenc) == data)
print(base64.b32decode('MZXW6YTBOI======'))
print(base64.b32decode(b'mzxw6ytboi======', casefold=True))
print(base64.b32hexdecode(b'cpnmuoj1e8======', casefold=True))
print(base64.b32decode(b'0O======', map01=b'L'))
print(base64.b32decode(b'1O======', map01=b'L'))
print(base64.b32decode(b'1O======', map01='I'))
