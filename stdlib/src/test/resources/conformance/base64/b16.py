import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.b16encode(b'\x00\x01\xab\xff'))
attempt(lambda: base64.b16encode(b''))
attempt(lambda: base64.b16decode(b'00FFAB'))
attempt(lambda: base64.b16decode('DEADBEEF'))
attempt(lambda: base64.b16decode(b'abcd'))
attempt(lambda: base64.b16decode(b'abcd', casefold=True))
attempt(lambda: base64.b16decode(b'ABC'))
attempt(lambda: base64.b16decode(b'ABCG'))
attempt(lambda: base64.b16decode(b'AB CD'))
attempt(lambda: base64.b16encode('x'))
attempt(lambda: base64.b16decode(b'abcg', True))
