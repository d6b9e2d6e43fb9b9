# A tiny character inspector: print properties of every character in a string.
import unicodedata as u

def describe(s):
    for ch in s:
        name = u.name(ch, '<unnamed U+%04X>' % ord(ch))
        props = [u.category(ch), u.bidirectional(ch) or '-', u.east_asian_width(ch)]
        if u.combining(ch):
            props.append('ccc=%d' % u.combining(ch))
        if u.mirrored(ch):
            props.append('mirrored')
        num = u.numeric(ch, None)
        if num is not None:
            props.append('num=%s' % num)
        if u.decomposition(ch):
            props.append('decomp=' + u.decomposition(ch))
        print('U+%04X %-40s %s' % (ord(ch), name, ' '.join(props)))

describe('Hi! ½€\u0301(\u05d0)\u4e09\ud55c\U0001F44D\u2163\u200f\x07')
widths = {'F': 2, 'W': 2}
def display_width(s):
    return sum(0 if u.combining(c) else widths.get(u.east_asian_width(c), 1) for c in s)
for s in ['hello', '日本語', 'ｈｅｌｌｏ', 'e\u0301', 'mixed 日本 text']:
    print(repr(s), len(s), display_width(s))
