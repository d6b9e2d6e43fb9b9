from urllib.parse import (urlsplit, urlparse, SplitResult, ParseResult, SplitResultBytes,
                          ParseResultBytes, DefragResultBytes)

s = urlsplit('http://u:p@h:1/a?b#c')
print(s._replace(netloc='other:2'), s._replace(netloc='other:2').port)
print(s._asdict())
print(s._fields, ParseResult._fields, SplitResultBytes._fields)
p = ParseResult('https', 'H:5', '/x', 'y', 'z', 'w')
print(p, p.geturl(), p.hostname, p.port)
print(SplitResult._make(['a', 'b', 'c', 'd', 'e']).geturl())
print(s == ('http', 'u:p@h:1', '/a', 'b', 'c'), hash(s) == hash(tuple(s)))
e = s.encode()
print(e, type(e).__name__, e.hostname, e.port, e.username, e.password, e.geturl())
print(e.decode(), e.decode() == s)
b = urlparse(b'http://U:P@[::1]:80/x;p?q#f')
print(b, b.hostname, b.port, b.username, b.password)
print(b.geturl(), b.decode().geturl())
print(urlsplit(b'HTTP://H/').scheme, urlsplit(b'x', b'sch'))
print(urlsplit(b'//h/p', b''), urlsplit('p', ''))
for bad in [(123,), (b'\xff',), ('a', b'b'), (b'a', 'b'), (None,)]:
    try:
        print(urlsplit(*bad))
    except (TypeError, AttributeError, UnicodeDecodeError) as ex:
        print(type(ex).__name__, ex)
print(isinstance(b, ParseResultBytes), isinstance(b, tuple))
print(ParseResultBytes(b'a', b'b', b'c', b'd', b'e', b'f').geturl())
print(DefragResultBytes(b'x', b'y').geturl())
try:
    ParseResult('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(repr(urlsplit('http://h').port), repr(urlsplit('http://h').hostname),
      urlsplit('x').username)
