import unicodedata as u

classes = {}
for cp in range(0x300, 0x10000):
    c = u.combining(chr(cp))
    if c:
        classes.setdefault(c, []).append(cp)
for k in sorted(classes):
    v = classes[k]
    print(k, len(v), hex(v[0]), hex(v[-1]))
for ch in '\u0301\u0316\u0345\u05b0\u0670\u093c\u094d\u3099\U0001d165\U0001e944a':
    print(hex(ord(ch)), u.combining(ch), u.category(ch))
