import struct

def attempt(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: struct.unpack('<i', b'abc'))
attempt(lambda: struct.unpack('<ii', b'abc'))
attempt(lambda: struct.unpack('<i', b'abcde'))
attempt(lambda: struct.unpack('5p', b'\x09hello!'))
attempt(lambda: struct.unpack('<i', 'abcd'))
attempt(lambda: struct.unpack('<i', None))
attempt(lambda: struct.unpack('', b''))
attempt(lambda: struct.unpack('', b'x'))
