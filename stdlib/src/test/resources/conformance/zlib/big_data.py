import zlib

# ~300 KB of semi-random text: compressed bytes match CPython exactly
words = [b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b'zeta', b'eta', b'theta']
x = 12345
parts = []
for i in range(50000):
    x = (x * 1103515245 + 12345) % 2**31
    parts.append(words[x % 8])
data = b' '.join(parts)
print(len(data))
for level in [1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.adler32(c))
    assert zlib.decompress(c) == data
d = zlib.decompressobj()
out = b''
c = zlib.compress(data)
for i in range(0, len(c), 1000):
    out += d.decompress(c[i:i + 1000])
out += d.flush()
print(out == data, d.eof)
