import unicodedata as u

for ch in 'aA1 \u00a1\u00a7\u00e9\u1100\u115f\u2e80\u3000\u3042\u30a2\uac00\uff01\uff61\uffe0\U0001F600\U0001F1E6\u20a9\u2190\u00ad\u0300\u4e00\U00020000\ue000\u0378':
    print(hex(ord(ch)), u.east_asian_width(ch))
counts = {}
for cp in range(0, 0x20000, 7):
    w = u.east_asian_width(chr(cp))
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
