import gzip

data = bytes(range(256)) * 8 + b'padding ' * 100
for level in range(10):
    c = gzip.compress(data, level, mtime=0)
    print(level, len(c), c[8:10].hex(), gzip.decompress(c) == data)
for level in [0, 1, 6, 9]:
    c = gzip.compress(data, level, mtime=100)
    print(level, c[:10].hex())
