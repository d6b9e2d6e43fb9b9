import hmac
import hashlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hmac.new(b'k'))
attempt(lambda: hmac.new(b'k', digestmod=None))
attempt(lambda: hmac.new('k', digestmod='sha256'))
attempt(lambda: hmac.new(5, digestmod='sha256'))
attempt(lambda: hmac.new(b'k', 'm', digestmod='sha256'))
attempt(lambda: hmac.new(b'k', digestmod='foo'))
attempt(lambda: hmac.new(b'k', digestmod=5))
attempt(lambda: hmac.new(b'k', b'', hashlib))
attempt(lambda: hmac.new(b'k', b'', hashlib.shake_128))
attempt(lambda: hmac.new(b'k', digestmod='md5').update('x'))
attempt(lambda: hmac.new(b'k', digestmod='md5').update(5))
attempt(lambda: hmac.digest(b'k', 'm', 'sha1'))
attempt(lambda: hmac.digest('k', b'm', 'sha1'))
attempt(lambda: hmac.digest(b'k', b'm', 'foo'))
