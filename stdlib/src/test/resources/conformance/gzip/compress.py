import gzip

data = b'hello hello hello hello world' * 3
print(gzip.compress(data, mtime=0).hex())
print(gzip.compress(data, compresslevel=1, mtime=0).hex())
print(gzip.compress(b'', mtime=0).hex())
print(gzip.compress(b'abc', mtime=1).hex())
print(gzip.compress(b'abc', compresslevel=5, mtime=1).hex())
print(gzip.compress(b'abc', 9, mtime=1234567890).hex())
print(gzip.compress(b'abc', 1, mtime=7).hex())
c = gzip.compress(data)
print(c[:4].hex(), gzip.decompress(c) == data)
