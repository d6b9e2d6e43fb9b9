import zlib

text = b'Moat is a sandboxed Python interpreter. ' * 20 + bytes(range(256))
for level in [-1, 0, 1, 2, 5, 6, 9]:
    c = zlib.compress(text, level)
    print(level, len(c), c[:2].hex(), c[-4:].hex(), zlib.decompress(c) == text)
print(zlib.compress(b'').hex())
print(zlib.compress(b'a').hex())
print(zlib.compress(text, level=9).hex())
