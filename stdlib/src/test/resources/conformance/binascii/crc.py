import binascii

for data in [b'', b'a', b'hello', b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b'hello', 12345))
print(binascii.crc32(b'hello', -1))
print(binascii.crc32(b'hello', 2**40))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc_hqx(b'hello', -1))
print(binascii.crc_hqx(b'world', binascii.crc_hqx(b'hello ', 0)) == binascii.crc_hqx(b'hello world', 0))
try:
    binascii.crc32('text')
except TypeError as e:
    print('TypeError', e)
try:
    binascii.crc32(b'x', 1.5)
except TypeError as e:
    print('TypeError', e)
