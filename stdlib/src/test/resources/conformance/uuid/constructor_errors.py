import uuid

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: uuid.UUID(bytes=b'x'))
attempt(lambda: uuid.UUID(bytes_le=b'x' * 17))
attempt(lambda: uuid.UUID(bytes='x' * 16))
attempt(lambda: uuid.UUID(fields=(1, 2, 3)))
attempt(lambda: uuid.UUID(fields=(2**32, 2, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2**16, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 2**16, 4, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 256, 5, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 256, 6)))
attempt(lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 2**48)))
attempt(lambda: uuid.UUID(fields=(-1, 2, 3, 4, 5, 6)))
attempt(lambda: uuid.UUID(int=-1))
attempt(lambda: uuid.UUID(int=2**128))
attempt(lambda: uuid.UUID(int=5, version=9))
attempt(lambda: uuid.UUID(int=5, version=0))
