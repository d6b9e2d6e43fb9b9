s = '\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}'
print(s, len(s))
print('\u03b1' == s[0])
print('\U0001F600' == '😀')
print(ord('\N{EURO SIGN}'), '\N{EURO SIGN}')
print('\u0041\u0062', '\x7e')
print(repr('\u0007'), repr('\u00ff'))
