import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.b64decode(b'ab!cd'))
attempt(lambda: base64.b64decode(b'YW Jj\n'))
attempt(lambda: base64.b64decode(b'YWJ='))
attempt(lambda: base64.b64decode(b'YQ==='))
attempt(lambda: base64.b64decode(b'YQ=a='))
attempt(lambda: base64.b64decode(b'YQ==garbage'))
attempt(lambda: base64.b64decode(b'ab==cd'))
attempt(lambda: base64.b64decode(b'Y=Q=='))
attempt(lambda: base64.b64decode(b'*Y*Q*=*=*'))
attempt(lambda: base64.b64decode(b''))
attempt(lambda: base64.b64decode(b'===='))
