from urllib.parse import urlsplit, urlparse

for u in [
    'http://user:pass@Host.Example.COM:8080/',
    'http://user@host',
    'http://:pass@host',
    'http://user:@host',
    'http://@host',
    'http://a@b@c:1/',
    'http://u:p:q@host:12/',
    'http://host:/',
    'http://host:0/',
    'http://host:00080/',
    'http://host:65535/',
    'http://[::1]/',
    'http://[::1]:80/',
    'http://[FE80::1%25Eth0]:8080/',
    'http://[2001:DB8::1]/',
    'http://u:p@[2001:db8::7]:443/x',
    'http://[v7.Future]:1/',
    'http:///nohost',
    'nonetloc',
    'http://HOST%ZONE/',
    'http://h:8080:9090/',
]:
    r = urlsplit(u)
    try:
        port = r.port
    except ValueError as e:
        port = 'ValueError: %s' % e
    print(repr(u), r.username, r.password, r.hostname, port)

for u in ['http://h:99999/', 'http://h:-1/', 'http://h:ab/', 'http://h:1.5/',
          'http://h: 80/', 'http://h:\u0661\u0662/', 'http://h:+80/', 'http://h:65536/']:
    try:
        print(urlsplit(u).port)
    except ValueError as e:
        print('ValueError', e)

r = urlparse('https://Bob:Secret@EXAMPLE.org:444/a')
print(r.hostname, r.port, r.username, r.password)
try:
    r.hostname = 'x'
except AttributeError as e:
    print('AttributeError')
