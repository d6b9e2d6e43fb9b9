try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'abc\x80'.decode('ascii')
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(UnicodeDecodeError, ValueError))
