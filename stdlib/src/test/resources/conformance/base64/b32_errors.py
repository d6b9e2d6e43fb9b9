import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.b32decode(b'MFRGG'))
attempt(lambda: base64.b32decode(b'mfrgg==='))
attempt(lambda: base64.b32decode(b'MFRG1==='))
attempt(lambda: base64.b32decode(b'0O======'))
attempt(lambda: base64.b32decode(b'MF======='))
attempt(lambda: base64.b32decode(b'M======='))
attempt(lambda: base64.b32decode(b'MFR====='))
attempt(lambda: base64.b32decode(b'MFRGGZ=='))
attempt(lambda: base64.b32decode(b'========'))
attempt(lambda: base64.b32decode(b'MFRGG===', map01=b'LL'))
attempt(lambda: base64.b32decode(5))
attempt(lambda: base64.b32encode('x'))
attempt(lambda: base64.b32hexdecode(b'W0======'))
attempt(lambda: base64.b32hexdecode(b'cpnmuoj1', casefold=False))
