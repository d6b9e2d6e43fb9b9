import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b'', b'h', b'hi', b'hello', b'hello world', b'\0\0\0\0', bytes(range(20))]:
    enc = base64.b85encode(data)
    print(enc, base64.b85encode(data, pad=True), base64.b85decode(enc) == data)
attempt(lambda: base64.b85decode(b'|NsC0'))
attempt(lambda: base64.b85decode(b'|NsC1'))
attempt(lambda: base64.b85decode(b'ab"cd'))
attempt(lambda: base64.b85decode(b'a'))
attempt(lambda: base64.b85decode('Xk~0{Zy'))
attempt(lambda: base64.b85decode(b'Xk~0{Zy<MXa%^NF'))
attempt(lambda: base64.b85encode('x'))
attempt(lambda: base64.b85decode(b'abcde fghij'))
