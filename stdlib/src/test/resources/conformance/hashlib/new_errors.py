import hashlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hashlib.new('foo'))
attempt(lambda: hashlib.new('sha-256').name)
attempt(lambda: hashlib.new(5))
attempt(lambda: hashlib.new(None, b''))
attempt(lambda: hashlib.new('sha256', b'a', digest_size=4))
attempt(lambda: hashlib.new())
attempt(lambda: hashlib.new('sha256', None))
print(hashlib.new('sha-256', b'a').name, hashlib.new('SHA3-256').name, hashlib.new('sha2-512').name)
