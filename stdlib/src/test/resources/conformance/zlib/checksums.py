import zlib

for data in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 40]:
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b'hello', 1), zlib.adler32(b'hello', 5))
print(zlib.adler32(b'world', zlib.adler32(b'hello ')) == zlib.adler32(b'hello world'))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.adler32(b'x', -1), zlib.crc32(b'x', -1), zlib.adler32(b'x' * 100000))
try:
    zlib.adler32('text')
except TypeError as e:
    print('TypeError', e)
