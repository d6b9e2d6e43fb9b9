b = b'hello'
print(b, len(b))
print(b[0], b[-1], b[1:3])
print(b'\x00\xff\n', repr(b"quote'"))
print(b'a' + b'b', b'ab' * 3)
print(b == b'hello', b'abc' < b'abd')
print(b'caf\xc3\xa9'.decode('utf-8'))
print(list(b'AZ'))
print(b'' == b'', len(b''))
