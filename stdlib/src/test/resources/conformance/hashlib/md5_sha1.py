import hashlib

for data in [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256))]:
    print(hashlib.md5(data).hexdigest())
    print(hashlib.sha1(data).hexdigest())
print(hashlib.md5(b'abc').digest())
print(hashlib.md5().digest_size, hashlib.md5().block_size, hashlib.md5().name)
print(hashlib.sha1().digest_size, hashlib.sha1().block_size, hashlib.sha1().name)
