import urllib.parse
import urllib.parse as up
from urllib import parse
from urllib.parse import quote as q
import urllib

print(urllib.parse is up, parse is up, q('a b'))
print(urllib.__name__, up.__name__, urllib.parse.__name__)
print(hasattr(urllib, 'parse'))
print(sorted(n for n in dir(up) if n in ('urlparse', 'urljoin', 'quote', 'SplitResult',
                                          'DefragResultBytes', 'parse_qs')))
print(up.uses_relative[:4], 'sftp' in up.uses_netloc, 'sip' in up.uses_params)
print(up.unwrap('<URL:http://x/y>'), up.unwrap('  <http://a> '), up.unwrap('URL:z'))
try:
    import urllib.nonexistent
except ImportError as e:
    print(type(e).__name__, e)
