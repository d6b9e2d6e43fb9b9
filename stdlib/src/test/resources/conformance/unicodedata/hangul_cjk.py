import unicodedata as u

for cp in [0xAC00, 0xAC01, 0xAC1C, 0xB098, 0xB2E4, 0xD55C, 0xD7A3, 0xC544, 0xC57C]:
    c = chr(cp)
    n = u.name(c)
    print(hex(cp), n, u.lookup(n) == c, u.category(c), u.east_asian_width(c),
          [hex(ord(x)) for x in u.normalize('NFD', c)], u.decomposition(c))
print(u.normalize('NFC', '\u1112\u1161\u11ab') == '\ud55c')
for cp in [0x3400, 0x4DBF, 0x4E00, 0x9FA5, 0x9FFF, 0x20000, 0x2A6DF, 0x2A700, 0x2B738,
           0x2B740, 0x2B81D, 0x2B820, 0x2CEA1, 0x2CEB0, 0x2EBE0, 0x30000, 0x3134A]:
    c = chr(cp)
    print(hex(cp), u.name(c), u.category(c), u.east_asian_width(c), u.numeric(c, None))
for cp in [0x4DC0, 0x2A6E0, 0x3134B, 0xF900, 0xFA6D]:
    print(hex(cp), u.name(chr(cp), None))
