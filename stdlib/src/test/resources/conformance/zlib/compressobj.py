import zlib

data = [b'first chunk of data, ', b'second chunk, ', b'and the third and last chunk.' * 3]
c = zlib.compressobj()
out = b''.join(c.compress(d) for d in data) + c.flush()
print(out.hex())
print(out == zlib.compress(b''.join(data)))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = c.compress(b''.join(data)) + c.flush()
print(raw.hex())
c = zlib.compressobj(wbits=31)
gz = c.compress(b''.join(data)) + c.flush()
print(gz.hex())
print(zlib.decompress(gz, 31) == b''.join(data))
c = zlib.compressobj(1, zlib.DEFLATED, 15, 8, zlib.Z_FILTERED)
print((c.compress(b'abc' * 50) + c.flush()).hex())
c = zlib.compressobj(6, strategy=zlib.Z_HUFFMAN_ONLY)
print((c.compress(b'abc' * 50) + c.flush()).hex())
