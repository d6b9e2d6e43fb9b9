import base64
import binascii

def attempt(f):
    try:
        print(repr(f()))
    except binascii.Error as e:
        print('binascii.Error:', e)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.b64decode(b'abc'))
attempt(lambda: base64.b64decode(b'ab'))
attempt(lambda: base64.b64decode(b'a'))
attempt(lambda: base64.b64decode(b'abcde'))
attempt(lambda: base64.b64decode(b'abcdefghi'))
attempt(lambda: base64.b64decode(b'=abc'))
attempt(lambda: base64.b64decode('YWJjé'))
attempt(lambda: base64.b64decode(5))
attempt(lambda: base64.b64decode(None))
attempt(lambda: base64.b64encode('abc'))
attempt(lambda: base64.b64encode(5))
try:
    base64.b64decode(b'x')
except ValueError as e:
    print('also a ValueError:', type(e).__name__)
