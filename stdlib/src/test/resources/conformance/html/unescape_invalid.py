import html

# numeric references the HTML5 standard replaces or drops
for n in [0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 127, 128, 129, 130, 138, 141, 142, 143,
          144, 150, 157, 158, 159, 160, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
          0xFDD0, 0xFDEF, 0xFDF0, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1FFFE, 0x1FFFF,
          0x10FFFD, 0x10FFFE, 0x10FFFF, 0x110000, 10**20]:
    d = html.unescape("&#%d;" % n)
    x = html.unescape("&#x%x;" % n)
    print(n, repr(d), d == x, [hex(ord(c)) for c in d])
