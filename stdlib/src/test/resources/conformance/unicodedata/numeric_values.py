import unicodedata as u

for c in '0123456789\u0660\u06f9\u0967\uff19\u00b2\u00b3\u00b9\u2460\u2473\u24ea\u00bd\u00bc\u2153\u215e\u2189\u216b\u2180\u3007\u4e00\u4e8c\u4e09\u56db\u842c\u5104\u16ee\u0f33\U0001F10A\u1372\u137c\u2cfd\U00012432xA ':
    print(hex(ord(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          c.isdecimal(), c.isdigit(), c.isnumeric())
for f, msg in [(u.decimal, '\u00b2'), (u.digit, '\u00bd'), (u.numeric, 'x')]:
    try:
        f(msg)
    except ValueError as e:
        print('ValueError', e)
print(u.numeric('\u2155'), u.numeric('\u2152'), u.numeric('\u0f2a'), u.numeric('\U00012456'))
print(sum(u.numeric(chr(cp), 0) for cp in range(0x2150, 0x2190)))
