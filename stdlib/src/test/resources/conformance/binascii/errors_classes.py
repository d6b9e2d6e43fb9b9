import binascii

print(binascii.Error.__name__, binascii.Error.__module__, issubclass(binascii.Error, ValueError))
print(binascii.Incomplete.__name__, issubclass(binascii.Incomplete, Exception), issubclass(binascii.Incomplete, ValueError))
try:
    raise binascii.Incomplete('more data')
except binascii.Incomplete as e:
    print('caught', repr(e))
e = binascii.Error('x')
print(repr(e), str(e))
