import unicodedata as u

samples = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\ufb01', '\u2126', '\u212b', 'A\u030a',
           '\u00bd', '\u2460', '\uff21\uff22', '\uac00', '\u1100\u1161', '\u1100\u1161\u11a8',
           'x\u0323\u0307', 'x\u0307\u0323', '\u0344', '\u0958', '', 'plain ascii',
           '\U0001d400\U0001d41a', '\u00c5\u212b\u0041\u030a', '\u3000\u2002',
           'e\u0301\u0301', '\u0622\u0627\u0653']
for s in samples:
    row = [s]
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        n = u.normalize(form, s)
        row.append((form, [hex(ord(c)) for c in n], u.is_normalized(form, s),
                    u.is_normalized(form, n)))
    print(row)
for args in [('NFX', 'a'), ('nfc', 'a'), ('NFC', 5), (5, 'a'), (None, None)]:
    for f in (u.normalize, u.is_normalized):
        try:
            f(*args)
        except (ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
# characters added in Unicode 14 with compatibility mappings
for s in ['\ua7f2\ua7f3\ua7f4', '\U00010781\U00010785', 'x\U0001078a\u0301']:
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        print(form, [hex(ord(c)) for c in u.normalize(form, s)], u.is_normalized(form, s))
