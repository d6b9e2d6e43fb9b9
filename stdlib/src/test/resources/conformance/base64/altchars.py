import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes([0xfb, 0xff, 0xbf, 0xfe, 0x3e])
attempt(lambda: base64.b64encode(data, altchars=b'-_'))
attempt(lambda: base64.b64encode(data, b'.~'))
attempt(lambda: base64.b64decode(b'-_-_-_', altchars=b'-_'))
attempt(lambda: base64.b64decode(b'//8=', altchars=b'-_'))
attempt(lambda: base64.b64decode('__8=', altchars='-_'))
attempt(lambda: base64.b64encode(data, altchars=b'-'))
attempt(lambda: base64.b64decode(b'abcd', altchars=b'abc'))
attempt(lambda: base64.b64encode(b'x', altchars='-_'))
attempt(lambda: base64.urlsafe_b64encode(data))
attempt(lambda: base64.urlsafe_b64decode(b'-_-_-_'))
attempt(lambda: base64.urlsafe_b64decode('-_8='))
attempt(lambda: base64.urlsafe_b64decode(b'+/8='))
