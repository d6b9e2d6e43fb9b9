from urllib.parse import urldefrag, DefragResult

for u in ['http://a/b#frag', 'http://a/b', 'http://a/b#', '#only', 'x?q#f#g',
          'http://a/b;p?q#f', 'mailto:a#b', '']:
    r = urldefrag(u)
    print(repr(u), r, repr(r.url), repr(r.fragment), repr(r.geturl()))
r = urldefrag(b'http://a/b#c')
print(r, r.geturl(), r.decode())
d = DefragResult('u', 'f')
print(d, d.geturl(), d._replace(fragment=''), d._replace(fragment='').geturl())
print(d.encode(), type(d.encode()).__name__)
u, f = urldefrag('x#y')
print(u, f)
