import hashlib

for name in ['sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    h = ctor(b'hello world')
    print(name, h.name, h.digest_size, h.block_size)
    print(h.hexdigest())
    print(len(h.digest()), h.digest()[:4])
print(hashlib.sha256(string=b'keyword').hexdigest())
print(hashlib.sha256(b'x', usedforsecurity=False).hexdigest())
