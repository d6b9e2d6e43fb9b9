# bytearray is accepted wherever these modules take bytes-like data
import base64, binascii, hashlib, hmac, io, json, struct, zlib

data = bytearray(b"moat sandbox")
print(hashlib.sha256(data).hexdigest())
h = hashlib.md5()
h.update(data)
print(h.hexdigest())
print(hmac.new(bytearray(b"key"), data, "sha1").hexdigest())
print(base64.b64encode(data), base64.b64decode(bytearray(b"bW9hdA==")))
print(binascii.hexlify(data), binascii.crc32(data))
print(zlib.crc32(data), zlib.decompress(zlib.compress(bytes(data))))
print(struct.unpack("<HH", bytearray(b"\x01\x00\x02\x00")))
b = io.BytesIO()
b.write(data)
print(b.getvalue())
print(json.loads(bytearray(b'{"a": [1, 2]}')))
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
print(hmac.compare_digest(bytearray(b"ab"), b"ab"), hmac.compare_digest(b"ab", bytearray(b"ac")))
