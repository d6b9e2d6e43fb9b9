import unicodedata as u

text = 'abc (\u05d0\u05d1\u05d2) [\u0627\u0644] 123 \u0661\u0662 \u202b\u202c\u2066\u2069 <>{}\u00ab\u00bb\u2264'
for ch in text:
    print(hex(ord(ch)), repr(u.bidirectional(ch)), u.mirrored(ch))
counts = {}
for cp in range(0x0590, 0x0800):
    b = u.bidirectional(chr(cp))
    counts[b] = counts.get(b, 0) + 1
print(sorted(counts.items()))
print(sum(u.mirrored(chr(cp)) for cp in range(0x10000)))
