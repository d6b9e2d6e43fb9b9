import base64

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: base64.a85decode(b'abc!xyz'))
attempt(lambda: base64.a85decode(b'az'))
attempt(lambda: base64.a85decode(b'ay', foldspaces=True))
attempt(lambda: base64.a85decode(b'y'))
attempt(lambda: base64.a85decode(b's8W-"'))
attempt(lambda: base64.a85decode(b's8W-#'))
attempt(lambda: base64.a85decode(b'a'))
attempt(lambda: base64.a85decode(b'<~ab', adobe=True))
attempt(lambda: base64.a85decode(b'87cURD]i,"Ebo80~>'))
attempt(lambda: base64.a85encode('x'))
attempt(lambda: base64.a85decode(7))
