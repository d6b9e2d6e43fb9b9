import hmac
import hashlib

key = b'a key for the newer hashes'
msg = b'message' * 20
for algo in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s', 'sha224', 'sha384']:
    h = hmac.new(key, msg, algo)
    print(algo, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(key * 10, msg, hashlib.sha3_256).hexdigest())
