import unicodedata as u

for c in ['A', 'a', ' ', '~', '\u00e9', '\u00df', '\u03a9', '\u2126', '\u20ac', '\u4e00',
          '\u9fff', '\u3400', '\uac00', '\ud7a3', '\ub098', '\uf900', '\U0001F600',
          '\U0001F9D1', '\U00020000', '\U0003134A', '\u1100', '\ufeff', '\u200d', '\u2028',
          '\U0001FAF8', '\u061d', '\U0001B170', '\U00018B00', '\u0e3f', '\u3042']:
    print(hex(ord(c)), u.name(c, None))
for c in ['\x00', '\x1f', '\x7f', '\x85', '\ue000', '\U0010ffff', '\u0378', '\ud800',
          '\U00017000', '\U0002A6E0', '\U000F0000']:
    print(hex(ord(c)), u.name(c, 'no name'))
    try:
        u.name(c)
    except ValueError as e:
        print('  ValueError', e)
