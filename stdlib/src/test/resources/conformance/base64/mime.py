import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(200))
enc = base64.encodebytes(data)
print(enc.decode())
print(base64.decodebytes(enc) == data)
print(base64.encodebytes(b''))
print(base64.encodebytes(b'x' * 57))
print(base64.encodebytes(b'x' * 58))
attempt(lambda: base64.encodebytes('x'))
attempt(lambda: base64.decodebytes('eA=='))
attempt(lambda: base64.decodebytes(b'eA'))
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
