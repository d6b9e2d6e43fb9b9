import zlib

data = b'auto-detect me ' * 10
for wbits in [15, 31]:
    c = zlib.compress(data, wbits=wbits)
    print(wbits, c[:2].hex(), zlib.decompress(c, wbits=47) == data, zlib.decompress(c, 32 + 15) == data)
try:
    zlib.decompress(zlib.compress(data, wbits=-15), wbits=47)
except zlib.error as e:
    print('zlib.error:', e)
try:
    zlib.decompress(zlib.compress(data), wbits=-15)
except zlib.error as e:
    print('zlib.error:', e)
