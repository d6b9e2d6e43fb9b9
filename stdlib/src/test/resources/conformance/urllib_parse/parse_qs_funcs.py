from urllib.parse import parse_qs, parse_qsl

for qs in ['', 'a=1', 'a=1&b=2&a=3', 'a=&b', 'a&b=', '=x', '&&a=1&&', 'a=1=2',
           'a+b=c+d', 'k=%C3%A9%20x', 'k=%zz', 'a=1;b=2', 'x=%FF', 'emoji=%F0%9F%98%80']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
    print('   ', parse_qs(qs), parse_qs(qs, True))

print(parse_qsl('a=1;b=2', separator=';'))
print(parse_qsl('a=1::b=2', separator='::'))
print(parse_qsl(b'a=1&b=%41'), parse_qs(b'a=1&a=2'))
print(parse_qsl('a=1&b=2', separator=b'&'))
print(parse_qsl(None), parse_qs(None))
print(parse_qsl('k=%E9', encoding='latin-1'), parse_qsl('k=%E9', errors='ignore'))
print(parse_qsl('a=1&b=2', max_num_fields=2))

for kwargs in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator=''),
               dict(separator=None)]:
    try:
        print(parse_qsl('a=1&b', **kwargs))
    except ValueError as e:
        print('ValueError', e)
try:
    parse_qsl('&a=1', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
print(parse_qsl('a=&b=', strict_parsing=True, keep_blank_values=True))
try:
    parse_qsl(b'k=%C3%A9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    parse_qsl(b'k=\xe9')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
