import hmac

# test cases from RFC 4231 (HMAC-SHA-224/256/384/512)
cases = [
    (b'\x0b' * 20, b'Hi There'),
    (b'Jefe', b'what do ya want for nothing?'),
    (b'\xaa' * 20, b'\xdd' * 50),
    (bytes(range(1, 26)), b'\xcd' * 50),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First'),
    (b'\xaa' * 131, b'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.'),
]
for key, msg in cases:
    for algo in ['sha224', 'sha256', 'sha384', 'sha512']:
        print(algo, hmac.new(key, msg, algo).hexdigest())
