import secrets

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: secrets.token_bytes(-1))
attempt(lambda: secrets.token_hex(-1))
attempt(lambda: secrets.token_urlsafe(-5))
attempt(lambda: secrets.token_bytes(1.5))
attempt(lambda: secrets.token_hex('a'))
attempt(lambda: secrets.randbelow(0))
attempt(lambda: secrets.randbelow(-1))
attempt(lambda: secrets.randbelow(1))
attempt(lambda: secrets.randbelow(True))
attempt(lambda: secrets.randbelow(1.5))
attempt(lambda: secrets.randbits(0))
attempt(lambda: secrets.randbits(-1))
attempt(lambda: secrets.choice([]))
attempt(lambda: secrets.choice(''))
attempt(lambda: secrets.choice('a'))
attempt(lambda: secrets.choice([None]))
