from urllib.parse import unquote, unquote_plus, unquote_to_bytes

for s in ['', 'abc', '%41%42', '%4a%4A', '%', '%%', '%4', '%4g', '%%41', 'a%20b+c',
          '%C3%A9', '%c3%a9', '%E2%82%AC', '%F0%9F%98%80', '%C3', '%C3x', '%FF%FE',
          'é%20é', '日%E6%9C%AC', '%u0041', '100%', '%2B+%2b']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(repr(unquote('%E9', encoding='latin-1')))
print(repr(unquote('%C3%A9%FF', errors='ignore')))
try:
    unquote('%FF', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(repr(unquote(b'%41%C3%A9')))
print(unquote_to_bytes(b'%41%zz%'), unquote_to_bytes(''), unquote_to_bytes(b''))
for bad in [123, None]:
    try:
        unquote(bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        unquote_to_bytes(bad)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        unquote_plus(bad)
    except AttributeError as e:
        print('AttributeError', e)
try:
    unquote_to_bytes(5)
except AttributeError as e:
    print('AttributeError', e)
