import gzip
import zlib

data = b'The quick brown fox jumps over the lazy dog. ' * 10
print(gzip.decompress(gzip.compress(data, mtime=0)) == data)
print(gzip.decompress(gzip.compress(b'a', mtime=0) + gzip.compress(b'b', mtime=5)))
print(gzip.decompress(gzip.compress(b'a', mtime=0) + b'\0\0\0'))
print(gzip.decompress(b''))
print(gzip.decompress(zlib.compress(data, wbits=31)) == data)
# header with FNAME, FCOMMENT and FEXTRA fields
body = zlib.compress(b'named', wbits=-15)
hdr = bytes([0x1f, 0x8b, 8, 4 | 8 | 16, 0, 0, 0, 0, 0, 255]) + b'\x03\x00xyz' + b'file.txt\0' + b'a comment\0'
trailer = zlib.crc32(b'named').to_bytes(4, 'little') + (5).to_bytes(4, 'little')
print(gzip.decompress(hdr + body + trailer))
