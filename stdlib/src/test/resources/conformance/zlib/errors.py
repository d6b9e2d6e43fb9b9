import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print('zlib.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

data = b'some data to compress ' * 4
c = zlib.compress(data)
attempt(lambda: zlib.compress(data, 10))
attempt(lambda: zlib.compress(data, -2))
attempt(lambda: zlib.compress(data, wbits=7))
attempt(lambda: zlib.compress('text'))
attempt(lambda: zlib.decompress(b'garbage'))
attempt(lambda: zlib.decompress(c[:-3]))
attempt(lambda: zlib.decompress(c[:5]))
attempt(lambda: zlib.decompress(b''))
attempt(lambda: zlib.decompress(c, bufsize=-1))
attempt(lambda: zlib.decompress(c, wbits=31))
attempt(lambda: zlib.decompress(zlib.compress(data, wbits=31)))
attempt(lambda: zlib.decompress(c, wbits=-15))
attempt(lambda: zlib.decompress('text'))
bad = bytearray_like = c[:10] + bytes([c[10] ^ 0xff]) + c[11:]
attempt(lambda: zlib.decompress(bad))
print(issubclass(zlib.error, Exception), zlib.error.__module__)
