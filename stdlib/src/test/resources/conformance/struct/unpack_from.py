import struct

def attempt(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

buf = bytes(range(16))
attempt(lambda: struct.unpack_from('<i', buf))
attempt(lambda: struct.unpack_from('<i', buf, 4))
attempt(lambda: struct.unpack_from('<i', buf, offset=12))
attempt(lambda: struct.unpack_from('<i', buf, -4))
attempt(lambda: struct.unpack_from('<hh', buf, -8))
attempt(lambda: struct.unpack_from('<i', b'abc', 1))
attempt(lambda: struct.unpack_from('<i', b'abcdef', 3))
attempt(lambda: struct.unpack_from('<i', b'abcdef', -2))
attempt(lambda: struct.unpack_from('<i', b'abcdef', -10))
attempt(lambda: struct.unpack_from('<i', b'abcdef', 1.5))
attempt(lambda: struct.unpack_from('<i', buffer=b'abcd'))
