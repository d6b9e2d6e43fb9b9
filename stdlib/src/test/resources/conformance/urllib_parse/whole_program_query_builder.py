# Build API request URLs, then parse them back the way a server would.
from urllib.parse import urlencode, urlunparse, urlparse, parse_qs, quote, unquote_plus

def build(host, path, params, fragment=''):
    return urlunparse(('https', host, quote(path), '', urlencode(params, doseq=True), fragment))

reqs = [
    build('api.example.com', '/v1/search', {'q': 'café & crème', 'tags': ['a', 'b c']}),
    build('api.example.com', '/v1/users/jo hn', [('sort', '-created'), ('limit', 10)]),
    build('api.example.com', '/files/\u00fcber/r\u00e9sum\u00e9.pdf', {}, 'page=2'),
    build('localhost:8080', '/', {'empty': '', 'none': None, 'n': 0}),
]
for r in reqs:
    print(r)
    p = urlparse(r)
    print('  path:', unquote_plus(p.path), 'fragment:', repr(p.fragment))
    print('  args:', parse_qs(p.query, keep_blank_values=True))
    print('  host/port:', p.hostname, p.port)
