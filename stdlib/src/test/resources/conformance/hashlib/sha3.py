import hashlib

for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    h = hashlib.new(name)
    print(name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b'abc')
    print(h.hexdigest())
print(getattr(hashlib, 'sha3_256')(b'moat').hexdigest())
