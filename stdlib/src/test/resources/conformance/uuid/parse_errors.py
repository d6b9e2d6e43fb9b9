import uuid

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: uuid.UUID('12345678-1234-5678-1234-56781234567'))
attempt(lambda: uuid.UUID('zz345678123456781234567812345678'))
attempt(lambda: uuid.UUID('  {12345678-1234-5678-1234-567812345678}  '))
attempt(lambda: uuid.UUID('URN:UUID:12345678-1234-5678-1234-567812345678'))
attempt(lambda: uuid.UUID(''))
attempt(lambda: uuid.UUID())
attempt(lambda: uuid.UUID('12345678123456781234567812345678', int=5))
attempt(lambda: uuid.UUID(5))
attempt(lambda: uuid.UUID(hex=None, int=None))
