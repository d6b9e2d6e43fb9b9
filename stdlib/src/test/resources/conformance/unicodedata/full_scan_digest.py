# Every code point: per-property digests, so any difference from CPython 3.11 shows up.
import unicodedata as u


def scan(lo, hi):
    names = cats = bidi = eaw = ccc = mir = num = dec = 0
    counts = {}
    for cp in range(lo, hi):
        c = chr(cp)
        n = u.name(c, '')
        names = (names * 31 + len(n) + sum(map(ord, n[-3:]))) & 0xFFFFFFFFFFFF
        k = u.category(c)
        counts[k] = counts.get(k, 0) + 1
        cats = (cats * 31 + ord(k[0]) * 7 + ord(k[1])) & 0xFFFFFFFFFFFF
        b = u.bidirectional(c)
        bidi = (bidi * 31 + len(b) + (ord(b[0]) if b else 0)) & 0xFFFFFFFFFFFF
        eaw = (eaw * 31 + ord(u.east_asian_width(c)[0])) & 0xFFFFFFFFFFFF
        ccc = (ccc * 31 + u.combining(c)) & 0xFFFFFFFFFFFF
        mir = (mir * 31 + u.mirrored(c)) & 0xFFFFFFFFFFFF
        v = u.numeric(c, -1.0)
        num = (num * 31 + int(v * 1000)) & 0xFFFFFFFFFFFF
        dec = (dec * 31 + len(u.decomposition(c))) & 0xFFFFFFFFFFFF
    return names, cats, bidi, eaw, ccc, mir, num, dec, sorted(counts.items())

for lo, hi in [(0, 0x800), (0x800, 0x3400), (0xA000, 0xD800), (0xE000, 0x10000),
               (0x10000, 0x14000), (0x16000, 0x20000), (0x2F800, 0x30000), (0xE0000, 0xE0200)]:
    print(hex(lo), hex(hi), scan(lo, hi))
