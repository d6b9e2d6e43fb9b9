import zlib

def attempt(f):
    try:
        print(repr(f()))
    except zlib.error as e:
        print('zlib.error:', e)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: zlib.decompressobj().decompress(b'garbage'))
attempt(lambda: zlib.decompressobj().decompress(b'', -1))
attempt(lambda: zlib.decompressobj().decompress('text'))
attempt(lambda: zlib.decompressobj().flush(0))
attempt(lambda: zlib.compressobj(10))
attempt(lambda: zlib.compressobj(wbits=7))
attempt(lambda: zlib.compressobj(method=7))
attempt(lambda: zlib.compressobj(memLevel=0))
attempt(lambda: zlib.compressobj().compress('text'))
attempt(lambda: zlib.decompressobj(wbits=7))
