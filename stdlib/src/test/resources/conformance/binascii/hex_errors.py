import binascii

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: binascii.unhexlify('abc'))
attempt(lambda: binascii.unhexlify('zz'))
attempt(lambda: binascii.unhexlify(b'0g'))
attempt(lambda: binascii.unhexlify('é0'))
attempt(lambda: binascii.unhexlify(5))
attempt(lambda: binascii.unhexlify(None))
attempt(lambda: binascii.hexlify('text'))
attempt(lambda: binascii.hexlify(b'abc', '::'))
attempt(lambda: binascii.hexlify(5))
try:
    binascii.unhexlify('1')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
