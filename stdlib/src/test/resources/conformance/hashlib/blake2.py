import hashlib

print(hashlib.blake2b().hexdigest())
print(hashlib.blake2s().hexdigest())
print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2s(b'abc').hexdigest())
for size in [1, 16, 20, 32, 64]:
    print(size, hashlib.blake2b(b'data', digest_size=size).hexdigest())
for size in [1, 16, 32]:
    print(size, hashlib.blake2s(b'data', digest_size=size).hexdigest())
h = hashlib.blake2b(digest_size=10)
print(h.name, h.digest_size, h.block_size, type(h).__name__)
h = hashlib.blake2s(digest_size=10)
print(h.name, h.digest_size, h.block_size, type(h).__name__)
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE)
print(hashlib.blake2s.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE)
