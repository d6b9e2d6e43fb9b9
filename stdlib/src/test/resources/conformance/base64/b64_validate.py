import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.b64decode(b'YWJj', validate=True))
attempt(lambda: base64.b64decode(b'YQ==', validate=True))
attempt(lambda: base64.b64decode(b'ab!cd', validate=True))
attempt(lambda: base64.b64decode(b'YW Jj', validate=True))
attempt(lambda: base64.b64decode(b'ab=cd', validate=True))
attempt(lambda: base64.b64decode(b'ab==cd', validate=True))
attempt(lambda: base64.b64decode(b'=abc', validate=True))
attempt(lambda: base64.b64decode(b'abc==', validate=True))
attempt(lambda: base64.b64decode(b'abcd=', validate=True))
attempt(lambda: base64.b64decode(b'ab=', validate=True))
attempt(lambda: base64.b64decode(b'YQ', validate=True))
attempt(lambda: base64.b64decode(b'a', validate=True))
