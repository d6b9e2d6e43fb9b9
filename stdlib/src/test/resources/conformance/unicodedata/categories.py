import unicodedata as u

chars = 'Aa1 \t\n_-([{)]}+<$^`~\u00a0\u00ad\u00b2\u00bd\u0300\u0488\u0903\u0660\u16ee\u2028\u2029\u2160\u3000\ue000\U0001F600\u0378\u061c\u2066\u00ab\u00bb\u01c5\u02b0\u05d0\u20ac\u2200\u2122\uff10'
for c in chars:
    print(hex(ord(c)), u.category(c), repr(u.bidirectional(c)), u.east_asian_width(c),
          u.mirrored(c), u.combining(c))
for c in ['\u0e3f', '\u0bfb', '\u1ab0', '\U0001FAF8', '\u061d', '\u0870', '\U0001E290']:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.east_asian_width(c))
