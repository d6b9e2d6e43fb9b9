from urllib.parse import urlencode, quote, quote_plus

print(urlencode({'a': 1, 'b': 'two words', 'c': 'é&=?'}))
print(urlencode([('x', 1), ('x', 2), ('y', None)]))
print(urlencode({'list': [1, 2, 3]}))
print(urlencode({'list': [1, 2, 3], 's': 'abc', 'b': b'b y', 'n': 5, 't': ('p', 'q')}, doseq=True))
print(urlencode({'empty': []}, doseq=True), repr(urlencode({})), repr(urlencode([])))
print(urlencode({'p': '/a b/'}, safe='/'))
print(urlencode({'p': '/a b/'}, quote_via=quote))
print(urlencode({'p': '/a b/'}, safe='/', quote_via=quote))
print(urlencode({'k': 'é'}, encoding='latin-1'))
print(urlencode({'k': '\u20ac'}, encoding='latin-1', errors='replace'))
print(urlencode({b'bk': b'bv\xff'}))
print(urlencode({'k': {'a': 1}}, doseq=True))
print(urlencode({'k': 'a b'}, quote_via=lambda s, safe='', enc=None, err=None: '<' + s + '>'))
print(urlencode((('a', 1), ('b', 2))))

class Q:
    def items(self):
        return [('from', 'items()'), ('n', 2)]
print(urlencode(Q()))

for bad in ['abc', 5, [1, 2], ['ab']]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print('TypeError', e)
for bad in [[('a',)], [('a', 1, 2)]]:
    try:
        print(urlencode(bad))
    except ValueError as e:
        print('ValueError', e)
