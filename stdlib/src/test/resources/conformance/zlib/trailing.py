import zlib

data = b'abcdefghij' * 10
c = zlib.compress(data)
print(zlib.decompress(c + b'extra bytes') == data)
print(zlib.decompress(c, bufsize=0) == data)
print(zlib.decompress(c, bufsize=1) == data)
print(zlib.decompress(c, 15, 100000) == data)
gz = zlib.compress(data, wbits=31)
for cut in [len(gz) - 1, len(gz) - 8, 10, 5]:
    try:
        zlib.decompress(gz[:cut], wbits=31)
    except zlib.error as e:
        print(cut, e)
bad_crc = gz[:-8] + bytes(4) + gz[-4:]
try:
    zlib.decompress(bad_crc, wbits=31)
except zlib.error as e:
    print(e)
bad_len = gz[:-4] + bytes(4)
try:
    zlib.decompress(bad_len, wbits=31)
except zlib.error as e:
    print(e)
