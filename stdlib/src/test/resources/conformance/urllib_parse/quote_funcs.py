from urllib.parse import quote, quote_plus, quote_from_bytes

for s in ['', 'abc', 'a b', 'a/b', 'a+b', '~_.-', "!*'();:@&=+$,/?#[]", 'é', '日本',
          '\U0001F600', '%', '%41', '\x00\x7f', 'A-Z a-z 0-9']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote('a b&c', safe='& '))
print(quote('/path/é', safe=b'/'))
print(quote('é', encoding='latin-1'), quote('é\u20ac', encoding='latin-1', errors='replace'))
print(quote('é\u20ac', 'latin-1'.replace('latin-1', ''), 'latin-1', 'ignore'))
print(quote(b'a b\xff/'), quote(b'a b\xff/', b''), quote_plus(b'a b\xff'))
print(quote_from_bytes(b'x y'), quote_from_bytes(b''), quote_from_bytes(b'~/', safe=''))
print(quote_plus('a b', safe='+'), quote_plus('a+b c'), quote_plus(b'a+b c', safe=b'+'))
print(quote('safe\u00e9', safe='\u00e9'))
for args in [(123,), (None,), (b'x', '/', 'utf-8'), (b'x', '/', None, 'strict')]:
    try:
        print(quote(*args))
    except TypeError as e:
        print('TypeError', e)
for args in [('x',), (None,)]:
    try:
        print(quote_from_bytes(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    quote('\u20ac', encoding='ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
