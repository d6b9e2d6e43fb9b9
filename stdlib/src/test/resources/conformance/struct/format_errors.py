import struct

def attempt(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: struct.pack('z', 1))
attempt(lambda: struct.pack('<P', 1))
attempt(lambda: struct.pack('<n', 1))
attempt(lambda: struct.pack('=N', 1))
attempt(lambda: struct.calcsize('<i<'))
attempt(lambda: struct.calcsize('3'))
attempt(lambda: struct.calcsize('i3'))
attempt(lambda: struct.calcsize('<1000000000000000000000i'))
attempt(lambda: struct.calcsize('<99999999999q'))
attempt(lambda: struct.pack(5, 1))
attempt(lambda: struct.calcsize(None))
attempt(lambda: struct.pack(b'<i', 1))
attempt(lambda: struct.calcsize(b'<qh'))
attempt(lambda: struct.pack('i', 1, 2))
attempt(lambda: struct.pack('ii', 1))
attempt(lambda: struct.pack('4i', 1))
attempt(lambda: struct.pack('x'))
attempt(lambda: struct.pack('x', 1))
print(issubclass(struct.error, Exception), struct.error.__module__)
