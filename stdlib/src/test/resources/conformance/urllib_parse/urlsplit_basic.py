from urllib.parse import urlsplit

urls = [
    'http://www.example.com/path/to/page?name=ferret&color=purple#nose',
    'https://user:pass@host.example:8443/a/b;c?d=e#f',
    'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    'mailto:John.Doe@example.com',
    'news:comp.infosystems.www.servers.unix',
    'tel:+1-816-555-1212',
    'telnet://192.0.2.16:80/',
    'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    '//www.cwi.nl:80/%7Eguido/Python.html',
    'www.cwi.nl/%7Eguido/Python.html',
    'help/Python.html',
    '',
    '?',
    '#',
    '?#',
    'http://',
    'http:',
    'http:///path',
    'HTTP://EXAMPLE.COM/UPPER',
    'a1+-.b:rest',
    '1abc:rest',
    'path:with:colons',
    'file:///etc/passwd',
    'file://localhost/etc/passwd',
    '  \x01 http://example.com/ lead',
    'ht\ttp://exa\nmple.com/p\rath',
    'http://example.com?query#frag?x#y',
    'http://example.com#frag?notquery',
    'svn+ssh://user@svn.example.org/repo',
    'git+ssh://git@github.com:org/repo.git',
]
for u in urls:
    r = urlsplit(u)
    print(repr(u), '->', r)
    print('   ', tuple(r) == (r.scheme, r.netloc, r.path, r.query, r.fragment), r.geturl())
