import struct

def attempt(f):
    try:
        print(repr(f()))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
attempt(lambda: list(struct.iter_unpack('<hb', bytes(range(9)))))
attempt(lambda: list(struct.iter_unpack('<h', b'')))
attempt(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02')))
attempt(lambda: struct.iter_unpack('', b''))
attempt(lambda: struct.iter_unpack('<h', 'ab'))
it = struct.iter_unpack('>I', b'\x00\x00\x00\x01\x00\x00\x00\x02')
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
