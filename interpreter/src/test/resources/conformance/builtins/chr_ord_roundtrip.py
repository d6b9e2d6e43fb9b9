codes = [0, 9, 32, 65, 127, 128, 255, 256, 0x3B1, 0x20AC, 0xFFFF, 0x10000, 0x1F600]
for c in codes:
    ch = chr(c)
    print(c, repr(ch), ord(ch) == c, len(ch))
print(chr(ord('a') - 32), ord(chr(0x10FFFF)), chr(0x41) + chr(0x42))
print([ord(c) for c in 'A€😀'])
