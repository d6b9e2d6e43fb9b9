import zlib

c = zlib.compressobj()
parts = [c.compress(b'abc'), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b'def'), c.flush(zlib.Z_FULL_FLUSH), c.compress(b'ghi'), c.flush(zlib.Z_NO_FLUSH), c.flush()]
print(b''.join(parts).hex())
print(parts[1].hex(), parts[3].hex(), parts[5])
print(zlib.decompress(b''.join(parts)))
for f in [lambda: c.compress(b'x'), lambda: c.flush()]:
    try:
        f()
    except zlib.error as e:
        print('zlib.error:', e)
d = zlib.decompressobj()
print(d.decompress(b''.join(parts[:2])))
