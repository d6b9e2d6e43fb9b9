import hmac
import hashlib

for algo in ['md5', 'sha1', 'sha256', 'sha3_256', 'blake2b', 'blake2s']:
    d = hmac.digest(b'key', b'message', algo)
    print(algo, d.hex())
    print(d == hmac.new(b'key', b'message', algo).digest())
print(hmac.digest(b'key', b'message', hashlib.sha384).hex())
print(hmac.digest(b'k' * 300, b'', 'sha1').hex())
