import gzip
import zlib

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

good = gzip.compress(b'payload data', mtime=0)
attempt(lambda: gzip.decompress(b'notgzip'))
attempt(lambda: gzip.decompress(good[:-3]))
attempt(lambda: gzip.decompress(good[:5]))
attempt(lambda: gzip.decompress(good[:12]))
attempt(lambda: gzip.decompress(good + b'xx'))
attempt(lambda: gzip.decompress(good[:-8] + bytes(4) + good[-4:]))
attempt(lambda: gzip.decompress(good[:-4] + bytes(4)))
attempt(lambda: gzip.decompress(good[:2] + b'\x07' + good[3:]))
attempt(lambda: gzip.decompress(good[:10] + b'\xff\xff' + good[12:]))
attempt(lambda: gzip.compress('text'))
attempt(lambda: gzip.decompress('text'))
print(issubclass(gzip.BadGzipFile, OSError))
