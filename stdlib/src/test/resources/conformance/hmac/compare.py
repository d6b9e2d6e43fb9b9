import hmac

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hmac.compare_digest(b'abc', b'abc'))
attempt(lambda: hmac.compare_digest(b'abc', b'abd'))
attempt(lambda: hmac.compare_digest(b'abc', b'ab'))
attempt(lambda: hmac.compare_digest(b'', b''))
attempt(lambda: hmac.compare_digest('abc', 'abc'))
attempt(lambda: hmac.compare_digest('abc', 'xyz'))
attempt(lambda: hmac.compare_digest('é', 'é'))
attempt(lambda: hmac.compare_digest(b'a', 'a'))
attempt(lambda: hmac.compare_digest('a', b'a'))
attempt(lambda: hmac.compare_digest('a', 1))
attempt(lambda: hmac.compare_digest(1, 'a'))
attempt(lambda: hmac.compare_digest(b'a', 1))
attempt(lambda: hmac.compare_digest(1, b'a'))
attempt(lambda: hmac.compare_digest(None, None))
print(hmac.trans_5C[:4], hmac.trans_36[-4:], hmac.digest_size)
