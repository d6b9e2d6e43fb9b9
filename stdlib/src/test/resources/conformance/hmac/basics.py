import hmac
import hashlib

h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256')
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'md5').hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.sha1).hexdigest())
print(hmac.new(b'', b'', 'sha256').hexdigest())
print(hmac.new(b'k', digestmod='sha512').hexdigest())
print(type(h).__name__, isinstance(h, hmac.HMAC))
print(hmac.HMAC(b'k', b'x', 'md5').hexdigest())
print(hmac.new(b'k', None, 'md5').hexdigest())
