# Deterministic pseudo-random URLs through every parser; the output must equal CPython's.
from urllib.parse import (urlsplit, urlparse, urljoin, urlunsplit, urlunparse, quote, unquote,
                          quote_plus, unquote_plus, parse_qsl, urlencode, urldefrag)

state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

PIECES = ['http:', 'https:', 'ftp:', 'mailto:', 'x-y+z.1:', 'file:', '//', '/', '/', '.', '..',
          './', '../', 'a', 'b', 'host', 'user@', 'u:p@', '[::1]', ':80', ':', '?', '#', ';',
          '=', '&', '%', '%2F', '%zz', 'é', ' ', '+', 'q=1', 'k=v&k=w', '~', '*', '@', '\\']

def make():
    return ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(9)))

bases = ['http://a/b/c/d;p?q', 'https://h/', 'ftp://x/y/', 'file:///tmp/f', 'mailto:a@b',
         'http://u:p@[::1]:8/p/q?r#s', '']
for i in range(250):
    u = make()
    try:
        s = urlsplit(u)
        p = urlparse(u)
        out = [s, p.params, urlunsplit(s), urlunparse(p), urldefrag(u)]
        try:
            out.append((s.hostname, s.port, s.username, s.password))
        except ValueError as e:
            out.append('ValueError %s' % e)
    except ValueError as e:
        out = ['ValueError %s' % e]
    try:
        j = urljoin(bases[i % len(bases)], u)
    except ValueError as e:
        j = 'ValueError %s' % e
    print(i, repr(u), out, repr(j))
    print('  ', quote(u), quote_plus(u, safe='/'), repr(unquote(u)), repr(unquote_plus(u)),
          parse_qsl(u, keep_blank_values=True))
print(urlencode([(make(), make()) for _ in range(20)]))
