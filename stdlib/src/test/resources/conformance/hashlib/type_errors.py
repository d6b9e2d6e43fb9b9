import hashlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hashlib.sha256('text'))
attempt(lambda: hashlib.sha256(42))
attempt(lambda: hashlib.sha256(None))
attempt(lambda: hashlib.md5([1, 2]))
attempt(lambda: hashlib.sha256().update('x'))
attempt(lambda: hashlib.sha256().update(5))
attempt(lambda: hashlib.new('sha256', 'x'))
attempt(lambda: hashlib.new('sha3_256', 1.5))
