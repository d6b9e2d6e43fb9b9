from urllib.parse import urlsplit, urlparse

for u in [
    'http://[::1',
    'http://::1]/',
    'http://[zz]/',
    'http://[1.2.3.4]/',
    'http://[v1.x]/',
    'http://[vz.x]/',
    'http://[v1.]/',
    'http://[v.x]/',
    'http://[::ffff:1.2.3.4]/',
    'http://[::ffff:1.2.3]/',
    'http://[1:2:3:4:5:6:7:8]/',
    'http://[1:2:3:4:5:6:7:8:9]/',
    'http://[1::2::3]/',
    'http://[:1:2:3:4:5:6:7]/',
    'http://[1:2:3:4:5:6:7:]/',
    'http://[::]/',
    'http://[12345::]/',
    'http://[fe80::1%]/',
    'http://[fe80::1%eth0]/',
    'http://[1:2:3:4:5:6:7::]/',
    'http://[::2:3:4:5:6:7:8]/',
    'http://[1:2:3:4:5:6::7:8]/',
    'http://[]/',
    'http://a[::1]b/',
    'http://[::1]]/',
    'http://x/[not]in/path',
    'http://\uff03x/',
    'http://\u2100.com/',
    'http://\u00e9xample.com/',
    'http://user\uff20host/',
    'http://\u24b6/',
]:
    try:
        print(repr(u), urlsplit(u))
    except ValueError as e:
        print(repr(u), 'ValueError', e)
try:
    urlparse('https://[::1')
except ValueError as e:
    print(type(e).__name__, e)
