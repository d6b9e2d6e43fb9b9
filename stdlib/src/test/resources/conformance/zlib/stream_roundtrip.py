import zlib

def compress_stream(chunks, level=6):
    c = zlib.compressobj(level)
    for ch in chunks:
        yield c.compress(ch)
    yield c.flush()

def decompress_stream(chunks):
    d = zlib.decompressobj()
    for ch in chunks:
        yield d.decompress(ch)
    yield d.flush()

source = [bytes([i % 256]) * (i * 13 % 97) for i in range(200)]
compressed = b''.join(compress_stream(source))
print(len(compressed), zlib.crc32(compressed))
pieces = [compressed[i:i + 50] for i in range(0, len(compressed), 50)]
restored = b''.join(decompress_stream(pieces))
print(restored == b''.join(source), len(restored))
