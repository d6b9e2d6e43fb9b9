# Names round-trip through lookup() and all four normal forms over much of the code space.
import unicodedata as u
bad = []
named = 0
total = 0
for cp in range(0, 0x110000, 4):
    c = chr(cp)
    n = u.name(c, None)
    if n is None:
        continue
    named += 1
    total += len(n)
    if cp % 5 == 0 and u.lookup(n) != c:
        bad.append(hex(cp))
print(named, total, bad[:10], len(bad))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    h = 0
    for cp in range(0, 0x30000, 17):
        if 0xD800 <= cp < 0xE000:
            continue
        s = u.normalize(form, chr(cp) + 'a\u0301')
        h = (h * 31 + len(s) + ord(s[0])) & 0xFFFFFFFF
    print(form, h)
