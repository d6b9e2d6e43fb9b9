import zlib

d_bytes = b'hello hello hello hello world' * 3
z = zlib.compress(d_bytes) + b'tail'
dc = zlib.decompressobj()
out = b''
for i in range(0, len(z), 7):
    out += dc.decompress(z[i:i + 7])
print(out == d_bytes, dc.eof, dc.unused_data, dc.unconsumed_tail)
print(dc.flush())
try:
    dc.decompress(b'more')
except zlib.error as e:
    print('zlib.error:', e, dc.unused_data)

dc = zlib.decompressobj()
first = dc.decompress(zlib.compress(d_bytes), 10)
print(first, len(dc.unconsumed_tail) > 0, dc.eof)
rest = b''
while dc.unconsumed_tail:
    rest += dc.decompress(dc.unconsumed_tail, 10)
print(first + rest == d_bytes, dc.eof)

dc = zlib.decompressobj(-15)
print(dc.decompress(zlib.compress(b'raw data', wbits=-15)), dc.eof)
dc = zlib.decompressobj()
print(dc.decompress(zlib.compress(b'abc')[:4]), dc.eof)
print(dc.flush(), dc.eof)
