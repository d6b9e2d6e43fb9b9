from urllib.parse import urljoin

cases = [
    ('http://a/b/c', 'd'),
    ('http://a/b/c/', 'd'),
    ('http://a/b/c/', '../../../../d'),
    ('http://a', 'b'),
    ('http://a', '../b'),
    ('http://a/', '.'),
    ('http://a/b//c/d', 'e'),
    ('http://a/b//c/d', '../e'),
    ('http://a/b/c', '//other/x'),
    ('http://a/b/c', 'https://other/x'),
    ('http://a/b/c', 'https:x'),
    ('http://a/b/c', 'http:x'),
    ('http://a/b/c?q#f', '#g'),
    ('http://a/b/c?q#f', '?r'),
    ('http://a/b/c?q#f', ''),
    ('', 'http://x/y'),
    ('', 'rel'),
    ('mailto:a@b', 'c@d'),
    ('news:a', 'b'),
    ('unknown://a/b', 'c'),
    ('unknown://a/b', 'unknown://x'),
    ('file:///tmp/a', 'b'),
    ('file:///tmp/a/', '../b'),
    ('svn+ssh://h/r/x', 'y'),
    ('ws://h/a/b', './c/./d/..'),
    ('https://h/a/b', 'c/'),
    ('http://h/a;p/b;q', 'c'),
    ('http://h/a/b;q?x', ';r'),
    ('http://[::1]:8/a/b', 'c'),
    ('//h/a/b', 'c'),
    ('/a/b/c', '../d'),
    ('a/b/c', '../../../d'),
    ('http://a/b/c', '...'),
    ('http://a/b/c', 'g?x#y#z'),
]
for b, u in cases:
    print(repr(b), repr(u), '->', repr(urljoin(b, u)))
print(urljoin('http://a/b/c#frag', 'd#e', allow_fragments=False))
print(urljoin('http://a/b/c', 'd#e', False))
print(urljoin(b'http://a/b/c', b'../d'))
print(urljoin(b'', b'x'), urljoin(b'http://a/', b''))
for b, u in [('http://a/', b'x'), (b'http://a/', 'x')]:
    try:
        urljoin(b, u)
    except TypeError as e:
        print('TypeError', e)
print(urljoin('http://a/', b''), urljoin(b'', 'x'))
