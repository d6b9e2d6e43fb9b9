import binascii

def attempt(f):
    try:
        print(repr(f()))
    except binascii.Error as e:
        print('binascii.Error', e)
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: binascii.a2b_base64(b'abc'))
attempt(lambda: binascii.a2b_base64(b'a'))
attempt(lambda: binascii.a2b_base64(b'abcde'))
attempt(lambda: binascii.a2b_base64(b'abcdabcda'))
attempt(lambda: binascii.a2b_base64(b'ab!cd', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'ab=cd', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'=abc', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'abcd=', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'ab==cd', strict_mode=True))
attempt(lambda: binascii.a2b_base64(b'ab=', strict_mode=True))
attempt(lambda: binascii.a2b_base64(5))
attempt(lambda: binascii.a2b_base64('é'))
attempt(lambda: binascii.b2a_base64('x'))
