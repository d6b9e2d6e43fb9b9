import uuid

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: uuid.uuid5(uuid.NAMESPACE_URL, b'bytes'))
attempt(lambda: uuid.uuid3(uuid.NAMESPACE_URL, 5))
attempt(lambda: uuid.uuid5('not a uuid', 'y'))
attempt(lambda: uuid.uuid3(None, 'y'))
