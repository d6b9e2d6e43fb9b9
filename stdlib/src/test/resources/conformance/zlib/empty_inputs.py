import zlib

for wbits in [15, -15, 31]:
    c = zlib.compress(b'', wbits=wbits)
    print(wbits, c.hex(), zlib.decompress(c, wbits=wbits))
c = zlib.compressobj()
print(c.compress(b''), c.flush().hex())
d = zlib.decompressobj()
print(d.decompress(b''), d.eof, d.flush())
print(zlib.crc32(b''), zlib.adler32(b''))
