import unicodedata as u

for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Capital Letter E With Acute',
          'EURO SIGN', 'GRINNING FACE', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FA5',
          'CJK UNIFIED IDEOGRAPH-20000', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH',
          'HANGUL SYLLABLE NA', 'SNOWMAN', 'HEBREW LETTER ALEF', 'DIGIT ZERO', 'SPACE',
          'ZERO WIDTH JOINER', 'ARABIC LETTER KASHMIRI YEH', 'GREEK CAPITAL LETTER OMEGA',
          'OHM SIGN']:
    c = u.lookup(n)
    print(repr(n), repr(c), hex(ord(c)), u.name(c))
for n in ['NO SUCH CHARACTER', '', 'NULL', 'CJK UNIFIED IDEOGRAPH-4DC0',
          'CJK UNIFIED IDEOGRAPHS 4E00', 'HANGUL SYLLABLE XX', 'HANGUL SYLLABLES AC00',
          'CJK UNIFIED IDEOGRAPH-4e00x', 'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-9fa5', 'CJK UNIFIED IDEOGRAPH-04E00', 'hangul syllable GA', 'HANGUL SYLLABLE G', 'PRIVATE USE AREA E000', 'x' * 300, 'LATIN SMALL LETTER']:
    try:
        print(repr(u.lookup(n)))
    except KeyError as e:
        print('KeyError', e)
try:
    u.lookup(5)
except TypeError as e:
    print('TypeError', e)
print(all(u.lookup(u.name(chr(cp))) == chr(cp) for cp in range(0x20, 0x3000) if u.name(chr(cp), None)))
for n in ['NULL', 'nul', 'LINE FEED', 'LF', 'BYTE ORDER MARK', 'LATIN CAPITAL LETTER GHA',
          'latin capital letter gha', 'NEXT LINE', 'ZWJ', 'NBSP', 'VS1', 'BELL', 'ALERT',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP DIGIT ONE',
          'NEXT LINE (NEL)', 'TAMIL SYLLABLE KSSA']:
    try:
        r = u.lookup(n)
        print(repr(n), [hex(ord(c)) for c in r])
    except KeyError as e:
        print(repr(n), 'KeyError', e)
