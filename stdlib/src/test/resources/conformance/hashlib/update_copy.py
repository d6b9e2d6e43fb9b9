import hashlib

h = hashlib.sha256()
for chunk in [b'alpha', b'beta', b'gamma']:
    h.update(chunk)
print(h.hexdigest())
print(hashlib.sha256(b'alphabetagamma').hexdigest())
snapshot = h.copy()
h.update(b'delta')
print(snapshot.hexdigest())
print(h.hexdigest())
print(snapshot.hexdigest() == hashlib.sha256(b'alphabetagamma').hexdigest())
# digest does not end the hash
print(h.digest() == h.digest())
h.update(b'')
print(h.hexdigest())
print(h.digest().hex() == h.hexdigest())
print(type(h.copy()) is type(h))
print(hashlib.md5(b'a' * 10000).hexdigest())
