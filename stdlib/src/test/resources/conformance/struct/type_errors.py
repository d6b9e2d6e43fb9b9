import struct

def attempt(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 7

attempt(lambda: struct.pack('i', 'x'))
attempt(lambda: struct.pack('i', 1.5))
attempt(lambda: struct.pack('<h', 1.0))
attempt(lambda: struct.pack('<h', Idx()))
attempt(lambda: struct.pack('<f', Idx()))
attempt(lambda: struct.pack('f', 'x'))
attempt(lambda: struct.pack('d', None))
attempt(lambda: struct.pack('c', b'ab'))
attempt(lambda: struct.pack('c', 'a'))
attempt(lambda: struct.pack('c', 97))
attempt(lambda: struct.pack('s', 'a'))
attempt(lambda: struct.pack('<s', 5))
attempt(lambda: struct.pack('p', 'a'))
attempt(lambda: struct.pack('>i', True))
attempt(lambda: struct.pack('<f', 1e300))
attempt(lambda: struct.pack('<d', 1e300))
