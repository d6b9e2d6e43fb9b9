from urllib.parse import urljoin

# RFC 3986 section 5.4 examples, base http://a/b/c/d;p?q
base = 'http://a/b/c/d;p?q'
normal = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
          'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
          '../../g']
abnormal = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
            'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g']
for ref in normal + abnormal:
    print('%-16s %s' % (ref, urljoin(base, ref)))
