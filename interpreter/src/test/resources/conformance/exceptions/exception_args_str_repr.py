e1 = ValueError('bad value')
e2 = ValueError()
e3 = ValueError('a', 2)
e4 = KeyError('key')
e5 = Exception(42)
for e in [e1, e2, e3, e4, e5]:
    print(repr(str(e)), repr(e), e.args)
