import unicodedata as u

for c in ['A', '\u00c5', '\u00e9', '\u01d6', '\u1e9b', '\ufb01', '\u2126', '\u212b', '\u00bd',
          '\u2460', '\u00b2', '\uff21', '\u3000', '\uac00', '\u0344', '\u1f80', '\U0001d400',
          '\u00a0', '\u2002', '\u0958', '\u30ac', '\U0002F800', '\u00a8', '\u0149']:
    print(hex(ord(c)), repr(u.decomposition(c)))
