s = 'héllo €'
b = s.encode('utf-8')
print(b, len(b), len(s))
print(b.decode('utf-8') == s)
print('abc'.encode(), 'abc'.encode() == b'abc')
print(b'\xe2\x82\xac'.decode('utf-8'))
print('ü'.encode('latin-1'), b'\xfc'.decode('latin-1'))
print(list('é'.encode()))
print('A😀'.encode('utf-8'))
