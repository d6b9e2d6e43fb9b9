# A tiny link normaliser like a crawler would use: resolve, clean, dedupe, group by host.
from urllib.parse import urljoin, urldefrag, urlsplit, urlunsplit, parse_qsl, urlencode

page = 'https://Example.COM:443/docs/guide/index.html?lang=en#top'
links = [
    'intro.html', '../api/ref.html#sec-2', '/about', '//cdn.example.com/lib.js',
    'https://other.org/a?b=2&a=1', 'mailto:team@example.com', '#local', '?page=2',
    './', '../../', 'HTTPS://EXAMPLE.com/About', 'https://example.com:443/about?utm_source=x&id=7',
    'javascript:void(0)', 'https://[2001:db8::1]:8443/v6?z=1',
]

def normalise(url):
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    if parts.scheme not in ('http', 'https'):
        return None
    host = parts.hostname or ''
    if ':' in host:
        host = '[' + host + ']'
    port = parts.port
    default = {'http': 80, 'https': 443}[parts.scheme]
    netloc = host if port in (None, default) else '%s:%d' % (host, port)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith('utm_')]
    query.sort()
    return urlunsplit((parts.scheme, netloc, parts.path or '/', urlencode(query), ''))

seen = {}
for link in links:
    absolute = urljoin(page, link)
    norm = normalise(absolute)
    print('%-45s %-55s %s' % (link, absolute, norm))
    if norm:
        seen.setdefault(urlsplit(norm).netloc, []).append(norm)
for host in sorted(seen):
    print(host, sorted(set(seen[host])))
