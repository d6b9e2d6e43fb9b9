import hmac
import hashlib

print(hmac.new(b'k', b'm', hashlib.md5).name)
print(hmac.new(b'k', b'm', hashlib.blake2b).name, hmac.new(b'k', b'm', hashlib.blake2b).block_size)
print(hmac.new(b'k', b'm', 'SHA256').name)
print(hmac.new(b'k', b'm', lambda d=b'': hashlib.sha1(d)).hexdigest())
print(hmac.new(b'k', b'm', lambda d=b'': hashlib.blake2b(d, digest_size=16)).hexdigest())

class Summer:
    """A toy hash object written in Python."""
    name = 'summer'
    digest_size = 2
    block_size = 32
    def __init__(self, data=b''):
        self.total = 0
        self.update(data)
    def update(self, data):
        self.total = (self.total + sum(data)) % 65536
    def digest(self):
        return self.total.to_bytes(2, 'big')
    def hexdigest(self):
        return self.digest().hex()
    def copy(self):
        c = Summer()
        c.total = self.total
        return c

h = hmac.new(b'key', b'hello', Summer)
print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b'a much longer key', b'hello', Summer).hexdigest())
