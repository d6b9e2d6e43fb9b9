import hmac

# test cases from RFC 2202 (HMAC-MD5 and HMAC-SHA-1)
md5_cases = [
    (b'\x0b' * 16, b'Hi There'),
    (b'Jefe', b'what do ya want for nothing?'),
    (b'\xaa' * 16, b'\xdd' * 50),
    (bytes(range(1, 26)), b'\xcd' * 50),
    (b'\x0c' * 16, b'Test With Truncation'),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First'),
]
for key, msg in md5_cases:
    print('md5', hmac.new(key, msg, 'md5').hexdigest())
    print('sha1', hmac.new(key, msg, 'sha1').hexdigest())
