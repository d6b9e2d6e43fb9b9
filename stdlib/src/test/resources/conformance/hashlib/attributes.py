import hashlib

h = hashlib.sha256(b'x')
for attr in ['name', 'digest_size', 'block_size']:
    print(attr, getattr(h, attr))
try:
    h.name = 'other'
except AttributeError:
    print('name is read-only')
print(type(h).__name__)
print(hashlib.sha256.__name__)
print(hashlib.blake2b.__name__)
print(isinstance(hashlib.blake2b(), hashlib.blake2b))
print(repr(h).startswith('<sha256 _hashlib.HASH object @ 0x'))
print(callable(h.update), hasattr(h, 'hexdigest'))
print(hashlib.md5 is not hashlib.sha1)
