import hashlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hashlib.blake2b(digest_size=0))
attempt(lambda: hashlib.blake2b(digest_size=65))
attempt(lambda: hashlib.blake2s(digest_size=33))
attempt(lambda: hashlib.blake2b(key=b'x' * 65))
attempt(lambda: hashlib.blake2s(key=b'x' * 33))
attempt(lambda: hashlib.blake2b(salt=b'x' * 17))
attempt(lambda: hashlib.blake2s(salt=b'x' * 9))
attempt(lambda: hashlib.blake2b(person=b'x' * 17))
attempt(lambda: hashlib.blake2s(person=b'x' * 9))
attempt(lambda: hashlib.blake2s(key='text'))
attempt(lambda: hashlib.blake2b('text'))
attempt(lambda: hashlib.blake2b(digest_size='8'))
attempt(lambda: hashlib.blake2b(b'a', digest_size=4).hexdigest())
