s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.strip('ab'))
print('www.example.com'.lstrip('w.'), 'file.txt...'.rstrip('.'))
print(repr(''.strip()), repr('   '.strip()))
print('123abc321'.strip('0123456789'))
