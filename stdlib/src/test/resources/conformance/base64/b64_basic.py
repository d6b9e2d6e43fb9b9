import base64

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data)
print(base64.b64decode('Zm9vYmFy'))
print(base64.standard_b64encode(b'\xfb\xff\xfe'))
print(base64.standard_b64decode(b'+//+'))
print(base64.b64encode(b'hello world').decode('ascii'))
print(type(base64.b64encode(b'x')).__name__)
