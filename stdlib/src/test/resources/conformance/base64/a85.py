import base64

for data in [b'', b'h', b'hi', b'hello', b'hello world', b'\0\0\0\0', b'\0\0\0\0\0', b'    ', b'\0', bytes(range(20))]:
    enc = base64.a85encode(data)
    print(enc, base64.a85decode(enc) == data)
print(base64.a85encode(b'    xyz    ', foldspaces=True))
print(base64.a85decode(b'y+<VdLy', foldspaces=True))
print(base64.a85encode(b'hi', pad=True))
print(base64.a85encode(b'Hello World!', adobe=True))
print(base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85decode(b'87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85encode(b'hello world', wrapcol=4))
print(base64.a85encode(b'hello world', wrapcol=1, adobe=True))
print(base64.a85encode(b'\0\0\0\0 \0\0\0\0', foldspaces=True, wrapcol=3, adobe=True))
print(base64.a85decode(b'87cU RD]i,\n"Ebo80'))
print(base64.a85decode(b'87cU#RD]i', ignorechars=b'#'))
print(base64.a85decode('zz'))
