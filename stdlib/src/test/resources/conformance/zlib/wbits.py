import zlib

data = b'hello hello hello hello world' * 5
for w in [15, -15, 31]:
    c = zlib.compress(data, 6, w)
    print(w, len(c), c[:4].hex())
raw = zlib.compress(data, wbits=-15)
print(zlib.decompress(raw, wbits=-15) == data)
gz = zlib.compress(data, wbits=31)
print(gz.hex())
print(zlib.decompress(gz, wbits=31) == data)
print(zlib.decompress(gz, wbits=47) == data)
print(zlib.decompress(zlib.compress(data), wbits=47) == data)
print(zlib.decompress(zlib.compress(data), wbits=0) == data)
print(zlib.decompress(zlib.compress(data, wbits=15), wbits=15) == data)
