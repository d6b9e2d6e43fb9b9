import hashlib

for n in [0, 1, 5, 16, 32, 100]:
    print(n, hashlib.shake_128(b'abc').hexdigest(n))
print(hashlib.shake_256(b'abc').hexdigest(64))
h = hashlib.shake_256()
h.update(b'stream')
print(h.name, h.digest_size, h.block_size)
print(h.digest(8))
print(hashlib.shake_128(b'').digest(4) == hashlib.shake_128().digest(4))
print(hashlib.new('shake_128', b'x').digest_size)
try:
    hashlib.shake_128(b'a').hexdigest()
except TypeError as e:
    print('TypeError')
