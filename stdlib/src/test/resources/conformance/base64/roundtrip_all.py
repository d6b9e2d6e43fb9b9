import base64

samples = [b'', b'\x00', b'Moat', bytes(range(0, 256, 7)), b'\xff' * 9]
codecs = [
    ('b64', base64.b64encode, base64.b64decode),
    ('urlsafe', base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ('b32', base64.b32encode, base64.b32decode),
    ('b32hex', base64.b32hexencode, base64.b32hexdecode),
    ('b16', base64.b16encode, base64.b16decode),
    ('a85', base64.a85encode, base64.a85decode),
    ('b85', base64.b85encode, base64.b85decode),
    ('mime', base64.encodebytes, base64.decodebytes),
]
for name, enc, dec in codecs:
    for s in samples:
        e = enc(s)
        assert dec(e) == s, (name, s)
    print(name, [len(enc(s)) for s in samples], enc(samples[2]))
