import struct

print(struct.pack('c', b'a'), struct.pack('3c', b'x', b'y', b'z'))
print(struct.unpack('2c', b'hi'))
print(struct.pack('5s', b'hi'), struct.pack('2s', b'hello'), struct.pack('0s', b'abc'), struct.pack('s', b'xyz'))
print(struct.unpack('5s', b'hello'), struct.unpack('3s2s', b'abcde'))
print(struct.pack('5p', b'hello world'), struct.pack('10p', b'abc'), struct.pack('p', b'abc'), struct.pack('0p', b'abc'))
print(struct.unpack('5p', b'\x09hello'), struct.unpack('5p', b'\x02hello'), struct.unpack('0p', b''))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('3?', 0, 1, 2))
print(struct.unpack('<?', b'\x05'), struct.unpack('2?', b'\x00\x01'))
print(struct.pack('x'), struct.pack('3x'), struct.pack('<hxxh', 1, 2), struct.unpack('<hxxh', b'\x01\x00..\x02\x00'))
