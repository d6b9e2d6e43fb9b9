import hashlib

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword', b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'salt', 10, 100).hex())
print(hashlib.pbkdf2_hmac('md5', b'', b'', 3).hex())
print(hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 5, 50).hex())
print(hashlib.pbkdf2_hmac('blake2s', b'p', b's', 5).hex())
print(hashlib.pbkdf2_hmac('SHA256', b'p', b's', 2, 10).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'p', salt=b's', iterations=3, dklen=None).hex())
print(hashlib.pbkdf2_hmac('sha256', b'k' * 200, b's', 2, 8).hex())
