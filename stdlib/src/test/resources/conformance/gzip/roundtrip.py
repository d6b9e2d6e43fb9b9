import gzip

samples = [b'', b'x', b'hello world', bytes(range(256)) * 50, b'\0' * 100000]
for s in samples:
    for level in [0, 1, 9]:
        c = gzip.compress(s, level, mtime=0)
        assert gzip.decompress(c) == s
    print(len(s), len(gzip.compress(s, mtime=0)), gzip.compress(s, mtime=0)[-8:].hex())
