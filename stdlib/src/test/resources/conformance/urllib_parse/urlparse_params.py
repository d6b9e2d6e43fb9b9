from urllib.parse import urlparse, ParseResult

for u in [
    'http://a/b/c/d;p?q',
    'http://a/b;x/c;y?z',
    'http://a/;only',
    'http://a/b/c;',
    'sip:alice@atlanta.com;transport=tcp',
    'mailto:x@y;z',
    'ftp://host/dir;type=a',
    'unknown://host/dir;type=a',
    'tel:+358-555-1234567;postd=pp22',
    ';params',
    'noslash;p;q',
    'http://h/a;b/c;d;e',
]:
    r = urlparse(u)
    print(repr(u), r)
    print('   params', repr(r.params), 'geturl', r.geturl())

r = urlparse('http://h/p;x?q#f')
print(isinstance(r, tuple), isinstance(r, ParseResult), len(r), r[3], r[-1])
s, n, p, a, q, f = r
print(s, n, p, a, q, f)
print(type(r).__name__, type(r).__module__, ParseResult._fields)
print(urlparse('//h/p', scheme='https'))
print(urlparse('p', scheme='https'))
print(urlparse('x://h/p#frag', allow_fragments=False))
print(urlparse('h/p#frag', 'https', False))
