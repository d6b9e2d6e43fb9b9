import hashlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', -5))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', 's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 2**70))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1.0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 'a'))
attempt(lambda: hashlib.pbkdf2_hmac(5, b'p', b's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('shake_128', b'p', b's', 1))
try:
    hashlib.pbkdf2_hmac('nope', b'p', b's', 1)
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
