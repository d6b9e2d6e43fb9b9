from urllib.parse import urlunsplit, urlunparse, urlsplit, urlparse

for parts in [
    ('http', 'h', '/p', 'q', 'f'),
    ('http', 'h', 'p', '', ''),
    ('http', '', 'p', '', ''),
    ('http', '', '//p', '', ''),
    ('mailto', '', 'a@b', '', ''),
    ('', '', 'rel', 'q', ''),
    ('', 'h', '', '', ''),
    ('file', '', '/etc', '', ''),
    ('unknown', '', '/x', '', ''),
    ('', '', '', '', ''),
    ['https', 'h:1', '/a', 'b=c', 'd'],
]:
    print(parts, '->', repr(urlunsplit(parts)))

for parts in [
    ('http', 'h', '/p', 'x', 'q', 'f'),
    ('http', 'h', '/p', '', 'q', ''),
    ('', '', 'p', 'par', '', ''),
    ('sip', '', 'a@b', 't=1', '', ''),
]:
    print(parts, '->', repr(urlunparse(parts)))

print(urlunsplit((b'http', b'h', b'/p', b'', b'')))
print(urlunparse((b'http', b'h', b'/p', b'x', b'', b'')))
print(urlunsplit(iter(['a', 'b', 'c', 'd', 'e'])))

for bad in [('a', 'b'), ('a', 'b', 'c', 'd', 'e', 'f')]:
    try:
        urlunsplit(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in [('a', 'b', 'c', 'd', 'e'), ('a',) * 7]:
    try:
        urlunparse(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    urlunsplit(('http', b'h', '', '', ''))
except TypeError as e:
    print('TypeError', e)

# round trips
for u in ['http://a/b?c#d', 'http://a', 'mailto:x', '//h/p', 'a:b', 'http:///x', 'http://h/?',
          'http://h/#', 'file:///x', 'http://h/p;q']:
    print(repr(u), repr(urlunsplit(urlsplit(u))), repr(urlunparse(urlparse(u))),
          repr(urlsplit(u).geturl()))
